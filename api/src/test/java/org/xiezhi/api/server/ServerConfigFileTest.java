package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.api.cli.XiezhiCli;
import picocli.CommandLine;

/** {@code serve} refuses a bad config file at start with one message naming the problem and a non-zero exit. */
class ServerConfigFileTest {
  private static final String KEYS = "platform-key-0123456789:platform";

  @TempDir Path dir;

  @Test
  void badFilesAreRefusedWithOneClearMessage() throws Exception {
    Path f = dir.resolve("xiezhi.json");
    assertRefused(null, dir.resolve("absent.json"), "file not found: ");
    assertRefused("{\"port\": 80,", f, "is not valid JSON");
    assertRefused("{\"host\": 5}", f, "'host' must be a non-empty string");
    assertRefused("{\"auditLog\": \"\"}", f, "'auditLog' must be a non-empty string");
    assertRefused("{\"prot\": 9000}", f, "unknown field 'prot'");
    assertRefused("{\"port\": 70000}", f, "port must be 0..65535");
    assertRefused("{\"requestTimeoutMs\": 1.5}", f, "'requestTimeoutMs' must be an integer");
    assertRefused("{\"refreshIntervalMs\": 5}", f, "refreshIntervalMs must be 10..600000");
    assertRefused("{\"refreshIntervalMs\": \"1s\"}", f, "'refreshIntervalMs' must be an integer");
    Files.writeString(f, "{\"refreshIntervalMs\": 250}", StandardCharsets.UTF_8);
    assertEquals(250, ServerConfig.load(f, dir, KEYS).refreshIntervalMs());
    assertEquals(1000, ServerConfig.load(null, dir, KEYS).refreshIntervalMs());
    assertRefused("{\"masking\": \"secret\"}", f, "'masking': masking policy must be 'internal' or 'public', not 'secret'");
    assertRefused("{\"masking\": 1}", f, "'masking' must be a non-empty string");
    Files.writeString(f, "{\"masking\": \"internal\"}", StandardCharsets.UTF_8);
    assertEquals(org.xiezhi.corpus.mask.MaskingPolicy.INTERNAL, ServerConfig.load(f, dir, KEYS).masking());
    assertEquals(org.xiezhi.corpus.mask.MaskingPolicy.PUBLIC_RELEASE, ServerConfig.load(null, dir, KEYS).masking());
  }

  @Test
  void serveExitsNonZeroWithTheMessage() throws Exception {
    Path f = dir.resolve("xiezhi.json");
    Files.writeString(f, "{\"workerThreads\": 0}", StandardCharsets.UTF_8);
    CommandLine cl = XiezhiCli.commandLine();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    cl.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    int rc = cl.execute("serve", "--config", f.toString(), "--data-dir", dir.toString(), "--no-embedder");
    assertNotEquals(0, rc);
    String msg = err.toString(StandardCharsets.UTF_8);
    assertTrue(msg.contains("workerThreads must be 1..256"), msg);
    assertEquals(1, msg.strip().lines().count(), msg);
  }

  private void assertRefused(String content, Path f, String expected) throws Exception {
    if (content != null) {
      Files.writeString(f, content, StandardCharsets.UTF_8);
    }
    var e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.load(f, dir, KEYS));
    assertTrue(e.getMessage().startsWith("config: ") && e.getMessage().contains(expected), e.getMessage());
  }
}
