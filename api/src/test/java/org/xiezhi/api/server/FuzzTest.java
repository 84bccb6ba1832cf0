package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.io.Json;

/**
 * Seeded fuzz: 1,200 bad bodies over every operation with a body (each gets a 4xx problem+json), and
 * 1,500 requests over every operation of the table (valid and mutated bodies, path parameters,
 * methods, media types, keys and credential headers): no 5xx, every error a problem+json with a
 * Chinese and English title and a field, no Java type names in any body.
 */
class FuzzTest {
  /** A Java type or exception name as a library message would print it. */
  static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
      "\\b(?:java|javax|com|org|io|jdk|sun)\\.[a-z0-9_]+\\.[A-Za-z]|[A-Za-z]+(?:Exception|Error)\\b|\\bat [a-z]+\\.[a-z]+\\.");

  /** The checks every problem document must pass. */
  static void checkProblem(JsonNode p, String body) {
    assertTrue(p.hasNonNull("status") && p.hasNonNull("detail") && p.hasNonNull("type"), body);
    String title = p.path("title").asText("");
    assertTrue(title.matches("[^/]*\\p{IsHan}[^/]* / [A-Z][A-Za-z0-9 .,'-]+"), "Chinese / English title: " + body);
    assertTrue(p.hasNonNull("field") && !p.get("field").asText().isBlank(), "field: " + body);
    assertFalse(JAVA_NAME.matcher(body).find(), "Java name in " + body);
  }
  private static final String[] VALUES = {"1", "-7", "3.5", "true", "null", "[]", "{}", "[1,2]", "\"\"", "\"   \"", "[\"\"]", "99999999999"};

  @Test
  void badRequestsGetProblemsAndTheServerStaysHealthy() throws Exception {
    Random rnd = new Random(20260601L);
    Map<String, Integer> byKind = new TreeMap<>();
    Map<Integer, Integer> byStatus = new TreeMap<>();
    try (TestService svc = TestService.start()) {
      List<Operation> ops = svc.service.operations().stream().filter(o -> o.body() != null).toList();
      for (int i = 0; i < 1200; i++) {
        Operation op = ops.get(rnd.nextInt(ops.size()));
        String key = op.path().contains("admin") ? TestService.ADMIN : TestService.PLATFORM;
        List<Field> fields = op.body().fields();
        Field f = fields.get(rnd.nextInt(fields.size()));
        int kind = rnd.nextInt(8);
        byte[] body;
        String type = "application/json";
        String k;
        switch (kind) {
          case 0 -> { k = "wrong type"; body = ("{\"" + f.name() + "\":" + wrongValue(f, rnd) + "}").getBytes(StandardCharsets.UTF_8); }
          case 1 -> { k = "huge body"; body = ("{\"" + f.name() + "\":\"" + "案".repeat(100_000 + rnd.nextInt(50_000)) + "\"}").getBytes(StandardCharsets.UTF_8); }
          case 2 -> {
            k = "invalid utf-8";
            byte[] pre = ("{\"" + f.name() + "\":\"盗窃").getBytes(StandardCharsets.UTF_8);
            body = new byte[pre.length + 4];
            System.arraycopy(pre, 0, body, 0, pre.length);
            body[pre.length] = (byte) (0x80 + rnd.nextInt(0x40));
            body[pre.length + 1] = (byte) 0xC3;
            body[pre.length + 2] = '"';
            body[pre.length + 3] = '}';
          }
          case 3 -> { k = "missing fields"; body = "{}".getBytes(StandardCharsets.UTF_8); }
          case 4 -> { k = "unknown field"; body = ("{\"x" + rnd.nextInt(1000) + "\":1}").getBytes(StandardCharsets.UTF_8); }
          case 5 -> { k = "malformed json"; body = ("{\"" + f.name() + "\":").getBytes(StandardCharsets.UTF_8); }
          case 6 -> { k = "not an object"; body = (rnd.nextBoolean() ? "[1,2,3]" : "\"text\"").getBytes(StandardCharsets.UTF_8); }
          default -> { k = "wrong content type"; body = "query=x".getBytes(StandardCharsets.UTF_8); type = "application/x-www-form-urlencoded"; }
        }
        byKind.merge(k, 1, Integer::sum);
        HttpResponse<String> r = svc.post(op.path(), key, body, type);
        byStatus.merge(r.statusCode(), 1, Integer::sum);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, k + " on " + op.path() + ": " + r.statusCode() + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), k + " " + op.path());
        JsonNode p = Json.mapper().readTree(r.body());
        assertEquals(r.statusCode(), p.get("status").asInt());
        checkProblem(p, r.body());
      }
      assertEquals(200, svc.get("/health", null).statusCode());
      HttpResponse<String> ready = svc.get("/ready", TestService.JUDGE);
      assertEquals(200, ready.statusCode(), ready.body());
      HttpResponse<String> ok = svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"盗窃\"}");
      assertEquals(200, ok.statusCode());
    }
    System.out.println("fuzz: 1200 bad requests by kind " + byKind + ", by status " + byStatus);
  }

  private static String wrongValue(Field f, Random rnd) {
    while (true) {
      String v = VALUES[rnd.nextInt(VALUES.length)];
      boolean fits = switch (f.kind()) {
        case STRING, OBJECT_ARRAY, RECORD_ARRAY -> false;
        case INTEGER -> v.equals("1");
        case STRING_ARRAY -> v.equals("[]");
        case OBJECT -> v.equals("{}");
        case BOOLEAN -> v.equals("true");
      };
      if (!fits && !v.equals("null")) {
        return v;
      }
    }
  }
}
