package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.Role;
import org.xiezhi.corpus.io.Json;

class SecurityTest {
  static TestService svc;

  @BeforeAll
  static void start() throws Exception {
    svc = TestService.start();
  }

  @AfterAll
  static void stop() throws Exception {
    svc.close();
  }

  private static String path(Operation op) {
    return op.path().replace("{id}", "x");
  }

  @Test
  void everyEndpointButHealthRefusesMissingAndWrongKeys() throws Exception {
    int checked = 0;
    for (Operation op : svc.service.operations()) {
      String body = op.body() == null ? null : "{}";
      HttpResponse<String> none = svc.send(op.method(), path(op), null, body);
      HttpResponse<String> wrong = svc.send(op.method(), path(op), "not-a-valid-key-0123456789", body);
      if (op.path().equals("/health")) {
        assertEquals(200, none.statusCode());
        continue;
      }
      for (HttpResponse<String> r : List.of(none, wrong)) {
        assertEquals(401, r.statusCode(), op.method() + " " + op.path() + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("Authorization", Json.mapper().readTree(r.body()).get("field").asText());
        assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent());
      }
      checked++;
    }
    assertTrue(checked >= 18, "checked " + checked);
  }

  @Test
  void onlyAdminReloads() throws Exception {
    for (String key : List.of(TestService.PLATFORM, TestService.JUDGE, TestService.PROSECUTOR)) {
      HttpResponse<String> r = svc.post("/api/v1/admin/reload", key, "{\"target\":\"index\"}");
      assertEquals(403, r.statusCode(), r.body());
      assertEquals("role", Json.mapper().readTree(r.body()).get("field").asText());
    }
    HttpResponse<String> ok = svc.post("/api/v1/admin/reload", TestService.ADMIN, "{\"target\":\"index\"}");
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(42, Json.mapper().readTree(ok.body()).get("cases").asInt());
    assertEquals(403, svc.get("/metrics", TestService.JUDGE).statusCode());
    assertEquals(200, svc.get("/metrics", TestService.PLATFORM).statusCode());
  }

  @Test
  void keysAreHeldOnlyAsSaltedDigests() {
    ApiKeyStore.Entry a = ApiKeyStore.hash("a", "the-same-key-123456", Role.JUDGE);
    ApiKeyStore.Entry b = ApiKeyStore.hash("b", "the-same-key-123456", Role.JUDGE);
    assertFalse(a.sha256().equals(b.sha256()), "salted: equal keys give different digests");
    assertFalse(a.toString().contains("the-same-key"));
    ApiKeyStore store = new ApiKeyStore(List.of(a));
    assertEquals("a", store.authenticate("the-same-key-123456").orElseThrow().keyId());
    assertTrue(store.authenticate("the-same-key-123457").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> ApiKeyStore.hash("s", "short", Role.ADMIN));
  }

  @Test
  void environmentVariableIsParsedAndCheckedWithoutEchoingKeys() {
    var keys = ApiKeyStore.parseEnv("aaaaaaaaaaaaaaaa1:judge, bbbbbbbbbbbbbbbb2:admin");
    assertEquals(List.of("env-1", "env-2"), keys.stream().map(ApiKeyStore.Entry::id).toList());
    assertEquals(Role.ADMIN, keys.get(1).role());
    var e = assertThrows(IllegalArgumentException.class, () -> ApiKeyStore.parseEnv("secretsecretsecret:boss"));
    assertTrue(e.getMessage().contains("entry 1") && !e.getMessage().contains("secretsecret"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ApiKeyStore.parseEnv("novalue"));
  }

  @Test
  void auditLogRecordsKeyIdsAndDigestsNeverKeysOrQueries() throws Exception {
    svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"醉酒驾驶机动车\"}");
    svc.get("/api/v1/models", "wrong-key-wrong-key-wrong");
    svc.service.audit().close();
    String log = Files.readString(svc.dataDir.resolve("audit/audit.jsonl"), StandardCharsets.UTF_8);
    svc.close();
    svc = TestService.start();
    assertFalse(log.contains(TestService.JUDGE));
    assertFalse(log.contains("醉酒驾驶机动车"));
    assertFalse(log.contains("wrong-key"));
    boolean sawSearch = false;
    for (String line : log.split("\n")) {
      JsonNode n = Json.mapper().readTree(line);
      for (String f : List.of("time", "keyId", "role", "method", "route", "status", "queryDigest", "ids", "latencyMs")) {
        assertTrue(n.has(f), f + " in " + line);
      }
      if (n.get("route").asText().equals("/api/v1/cases/search") && n.get("status").asInt() == 200) {
        sawSearch = true;
        assertEquals("t-judge", n.get("keyId").asText());
        assertEquals("judge", n.get("role").asText());
        assertTrue(n.get("ids").size() > 0);
        assertTrue(n.get("queryDigest").asText().startsWith("hmac-sha256:k1:"), line);
      }
    }
    assertTrue(sawSearch, log);
  }
}
