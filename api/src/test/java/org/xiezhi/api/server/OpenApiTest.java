package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.io.Json;

class OpenApiTest {
  static TestService svc;
  static JsonNode doc;

  @BeforeAll
  static void start() throws Exception {
    svc = TestService.start();
    HttpResponse<String> r = svc.get("/openapi.json", TestService.JUDGE);
    assertEquals(200, r.statusCode());
    doc = Json.mapper().readTree(r.body());
  }

  @AfterAll
  static void stop() throws Exception {
    svc.close();
  }

  @Test
  void documentIsOpenApi31AndMatchesTheRouteTable() {
    assertEquals("3.1.0", doc.get("openapi").asText());
    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      var e = it.next();
      e.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + e.getKey()));
    }
    Set<String> routed = new HashSet<>();
    svc.service.operations().forEach(o -> routed.add(o.method() + " " + o.path()));
    assertEquals(routed, documented);
    assertTrue(routed.size() >= 19, routed.toString());
  }

  @Test
  void everyDocumentedRouteExistsAndValidatesItsInput() throws Exception {
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      var e = it.next();
      String path = e.getKey();
      for (Iterator<Map.Entry<String, JsonNode>> ms = e.getValue().fields(); ms.hasNext(); ) {
        var m = ms.next();
        String method = m.getKey().toUpperCase(Locale.ROOT);
        JsonNode op = m.getValue();
        String key = op.path("x-roles").toString().contains("judge") ? TestService.JUDGE : TestService.ADMIN;
        String concrete = path.replace("{id}", "no-such-id");
        HttpResponse<String> r;
        if (op.has("requestBody")) {
          JsonNode schema = op.at("/requestBody/content/application~1json/schema");
          assertEquals(false, schema.get("additionalProperties").asBoolean());
          r = svc.send(method, concrete, key, "{\"unexpectedField\":1}");
          assertProblem(r, 400, "/unexpectedField", method + " " + path);
          String required = schema.get("required").get(0).asText();
          r = svc.send(method, concrete, key, "{}");
          assertProblem(r, 400, "/" + required, method + " " + path);
          r = svc.send(method, concrete, key, "{\"" + required + "\": {\"nested\": true}}");
          assertProblem(r, 400, "/" + required, method + " " + path);
        } else if (path.contains("{id}")) {
          r = svc.send(method, concrete, key, null);
          assertTrue(r.statusCode() == 404 || r.statusCode() == 400, method + " " + path + " " + r.statusCode());
          assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
          assertEquals("id", Json.mapper().readTree(r.body()).get("field").asText());
        } else {
          r = svc.send(method, concrete, key, null);
          assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
        }
      }
    }
  }

  static void assertProblem(HttpResponse<String> r, int status, String field, String what) throws Exception {
    assertEquals(status, r.statusCode(), what + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
    JsonNode p = Json.mapper().readTree(r.body());
    assertEquals(status, p.get("status").asInt());
    assertEquals(field, p.get("field").asText(), what + ": " + r.body());
    assertTrue(p.get("detail").asText().length() > 3);
  }
}
