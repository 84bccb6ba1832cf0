package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.Role;
import org.xiezhi.corpus.io.Json;

class ServerConfigTest {

  @Test
  void fileAndEnvironmentKeysMergeAndSettingsAreValidated() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-cfg");
    ApiKeyStore.Entry e = ApiKeyStore.hash("court-7", "a-long-enough-court-key", Role.JUDGE);
    Path file = dir.resolve("xiezhi.json");
    Files.writeString(file, Json.line(Map.of("port", 9000, "workerQueue", 8, "keys",
        List.of(Map.of("id", e.id(), "role", "judge", "salt", e.salt(), "sha256", e.sha256())))));
    ServerConfig c = ServerConfig.load(file, dir, "platform-key-0123456789:platform");
    assertEquals(9000, c.port());
    assertEquals(8, c.workerQueue());
    assertEquals("127.0.0.1", c.host());
    assertEquals(dir.resolve("audit/audit.jsonl"), c.auditLog());
    ApiKeyStore store = new ApiKeyStore(c.keys());
    assertEquals("court-7", store.authenticate("a-long-enough-court-key").orElseThrow().keyId());
    assertEquals(Role.PLATFORM, store.authenticate("platform-key-0123456789").orElseThrow().role());

    Files.writeString(file, "{\"prot\": 9000}");
    var unknown = assertThrows(IllegalArgumentException.class, () -> ServerConfig.load(file, dir, "platform-key-0123456789:platform"));
    assertTrue(unknown.getMessage().contains("prot"), unknown.getMessage());
    Files.writeString(file, "{\"workerThreads\": 0}");
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.load(file, dir, "platform-key-0123456789:platform"));
    Files.writeString(file, "{\"port\": \"80\"}");
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.load(file, dir, "platform-key-0123456789:platform"));
    var noKeys = assertThrows(IllegalArgumentException.class, () -> ServerConfig.load(null, dir, null));
    assertTrue(noKeys.getMessage().contains("XIEZHI_API_KEYS"));
  }
}
