package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.inference.OnnxEmbedder;

/**
 * 1,500 seeded requests over every operation of the table, the embedding model loaded: bodies built
 * from each operation's schema, then sent as they are or mutated (a field dropped, wrong-typed,
 * over-long or duplicated, an unknown field, bytes that are not JSON), with random path parameters,
 * methods, media types, keys and credential headers. No answer may be a 5xx; every error is a
 * problem+json that passes {@link FuzzTest#checkProblem}; no body names a Java type.
 */
class OperationFuzzTest {
  private static final String[] TEXTS = {HandlersTest.THEFT, HandlersTest.DRUNK, "盗窃罪", "危险驾驶罪", "刑法:264", "index",
      "models", "AND", "１３９１２３４５６７８", "<script>alert(1)</script>", "' OR 1=1 --", "\\u0000", "😀法", "a:b", "*"};
  private static final String[] KEYS = {TestService.JUDGE, TestService.PROSECUTOR, TestService.PLATFORM, TestService.ADMIN};

  @Test
  void everyOperationAnswersWithoutServerErrors() throws Exception {
    Random rnd = new Random(20261203L);
    Path dir = Files.createTempDirectory("xiezhi-opfuzz");
    var services = TestDataRoot.services(TestDataRoot.get(), OnnxEmbedder.openDefault());
    Map<Integer, Integer> byStatus = new TreeMap<>();
    int errors = 0;
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir)) {
      List<Operation> ops = svc.service.operations();
      for (int i = 0; i < 1500; i++) {
        Operation op = ops.get(rnd.nextInt(ops.size()));
        String path = op.path();
        for (String name : op.pathParams()) {
          path = path.replace("{" + name + "}", URLEncoder.encode(pathValue(rnd), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String method = rnd.nextInt(20) == 0 ? List.of("PUT", "DELETE", "PATCH", "GET", "POST").get(rnd.nextInt(5)) : op.method();
        byte[] body = null;
        String type = null;
        if (op.body() != null && !method.equals("GET")) {
          ObjectNode valid = build(op.body(), rnd);
          body = mutate(valid, op.body(), rnd);
          type = rnd.nextInt(15) == 0 ? List.of("application/jsonFOO", "text/plain", "application/json; charset=latin1").get(rnd.nextInt(3))
              : "application/json";
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(svc.base() + path)).timeout(Duration.ofSeconds(60))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
          b.header("Content-Type", type);
        }
        int auth = rnd.nextInt(20);
        String key = op.path().contains("admin") || rnd.nextInt(4) == 0 ? TestService.ADMIN : KEYS[rnd.nextInt(KEYS.length)];
        if (auth == 0) {
          b.header("Authorization", "Bearer " + key).header("Authorization", "Bearer " + TestService.JUDGE);
        } else if (auth == 1) {
          b.header("Authorization", "Bearer " + key).header("X-Api-Key", TestService.PROSECUTOR);
        } else if (auth == 2) {
          b.header("X-Api-Key", "wrong-key-wrong-key-" + rnd.nextInt(1000));
        } else if (auth != 3) {
          b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> r = svc.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        byStatus.merge(r.statusCode(), 1, Integer::sum);
        String what = method + " " + path.substring(0, Math.min(80, path.length())) + " -> " + r.statusCode() + ": "
            + r.body().substring(0, Math.min(400, r.body().length()));
        assertTrue(r.statusCode() < 500, what);
        assertFalse(FuzzTest.JAVA_NAME.matcher(r.body()).find(), what);
        if (r.statusCode() >= 400) {
          errors++;
          assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
          FuzzTest.checkProblem(Json.mapper().readTree(r.body()), r.body());
        }
      }
      assertEquals(200, svc.get("/health", null).statusCode());
      assertEquals(200, svc.get("/ready", TestService.JUDGE).statusCode());
    }
    System.out.println("operation fuzz: 1500 requests, " + errors + " errors (all problem+json), by status " + byStatus);
    assertTrue(byStatus.getOrDefault(200, 0) >= 300, "enough valid requests got through: " + byStatus);
  }

  private static String pathValue(Random rnd) {
    return switch (rnd.nextInt(6)) {
      case 0 -> "demo-" + String.format(java.util.Locale.ROOT, "%02d", 1 + rnd.nextInt(42));
      case 1 -> "刑法:" + (1 + rnd.nextInt(452));
      case 2 -> "../../etc/passwd";
      case 3 -> "x".repeat(1 + rnd.nextInt(300));
      case 4 -> TEXTS[rnd.nextInt(TEXTS.length)];
      default -> "knn-bigram-baseline";
    };
  }

  private static ObjectNode build(RequestSchema schema, Random rnd) {
    ObjectNode o = Json.mapper().createObjectNode();
    for (Field f : schema.fields()) {
      if (!f.required() && rnd.nextBoolean()) {
        continue;
      }
      switch (f.kind()) {
        case STRING -> o.put(f.name(), text(rnd, Math.max(1, f.min()), Math.min(f.max(), 400)));
        case INTEGER -> o.put(f.name(), f.min() + rnd.nextInt((int) Math.min((long) f.max() - f.min() + 1, 12)));
        case BOOLEAN -> o.put(f.name(), rnd.nextBoolean());
        case STRING_ARRAY -> {
          ArrayNode a = o.putArray(f.name());
          for (int i = 0, n = Math.max(f.min(), 1 + rnd.nextInt(Math.min(3, Math.max(1, f.max())))); i < n && i < f.max(); i++) {
            a.add(text(rnd, 1, 200));
          }
        }
        case OBJECT -> o.set(f.name(), build(f.nested(), rnd));
        case OBJECT_ARRAY -> {
          ArrayNode a = o.putArray(f.name());
          for (int i = 0, n = Math.max(f.min(), 1 + rnd.nextInt(2)); i < n; i++) {
            a.add(build(f.nested(), rnd));
          }
        }
        case RECORD_ARRAY -> {
          ObjectNode rec = o.putArray(f.name()).addObject();
          rec.put("id", "fz-" + rnd.nextInt(100));
          rec.put("fullText", HandlersTest.THEFT);
        }
      }
    }
    return o;
  }

  private static String text(Random rnd, int min, int max) {
    String t = TEXTS[rnd.nextInt(TEXTS.length)];
    while (t.length() < min) {
      t = t + t;
    }
    return t.length() > max ? t.substring(0, max) : t;
  }

  private static byte[] mutate(ObjectNode valid, RequestSchema schema, Random rnd) {
    List<Field> fields = schema.fields();
    Field f = fields.get(rnd.nextInt(fields.size()));
    String json;
    switch (rnd.nextInt(10)) {
      case 0 -> {
        valid.remove(f.name());
        json = Json.line(valid);
      }
      case 1 -> {
        valid.put(f.name(), rnd.nextBoolean() ? "" : "案".repeat(2001 + rnd.nextInt(9000)));
        json = Json.line(valid);
      }
      case 2 -> {
        valid.set(f.name(), rnd.nextBoolean() ? Json.mapper().createArrayNode() : Json.mapper().getNodeFactory().numberNode(-1));
        json = Json.line(valid);
      }
      case 3 -> {
        valid.put("unknown" + rnd.nextInt(9), 1);
        json = Json.line(valid);
      }
      case 4 -> {
        String v = Json.line(valid);
        json = v.length() > 2 ? v.substring(0, v.length() - 1) + ",\"" + f.name() + "\":null}" : v;
      }
      case 5 -> json = Json.line(valid).substring(0, 1 + rnd.nextInt(Math.max(1, Json.line(valid).length() - 1)));
      default -> json = Json.line(valid);
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
