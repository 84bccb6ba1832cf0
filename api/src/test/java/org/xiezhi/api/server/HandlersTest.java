package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;

/** Every operation on port 0 over the demo judgments and the real Criminal Law. */
class HandlersTest {
  static TestService svc;
  static final String DRUNK = "被告人饮酒后驾驶小型轿车在道路上行驶，被执勤民警查获，经鉴定其血液中乙醇含量为180mg/100ml，属醉酒驾驶机动车。";
  static final String THEFT = "被告人趁无人注意之机，撬锁进入车库，先后窃得被害人电动自行车两辆，经价格认定共计价值人民币五千元，到案后如实供述。";

  @BeforeAll
  static void start() throws Exception {
    svc = TestService.start();
  }

  @AfterAll
  static void stop() throws Exception {
    svc.close();
  }

  static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return Json.mapper().readTree(r.body());
  }

  @Test
  void caseSearchPagesSortsAndRefinesTheHitSetOnTheServer() throws Exception {
    JsonNode all = ok(svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"被告人\",\"limit\":100}"));
    int matched = all.get("matched").asInt();
    assertTrue(matched > 12 && matched == all.get("ranked").asInt(), all.get("matched") + " of " + all.get("ranked"));
    JsonNode second = ok(svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"被告人\",\"limit\":5,\"offset\":5}"));
    assertEquals(5, second.get("hits").size());
    for (int i = 0; i < 5; i++) {
      assertEquals(all.get("hits").get(5 + i).get("id"), second.get("hits").get(i).get("id"), "page 2 continues page 1");
    }
    long years = 0;
    for (JsonNode n : all.get("facets").get("year")) {
      years += n.asLong();
    }
    assertEquals(matched, years, "the year facet counts the hit set");
    JsonNode byDate = ok(svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"被告人\",\"limit\":100,\"sort\":\"date\"}"));
    String prev = "9999";
    for (JsonNode h : byDate.get("hits")) {
      String d = h.hasNonNull("date") ? h.get("date").asText() : h.hasNonNull("year") ? h.get("year").asText() : "";
      assertTrue(d.compareTo(prev) <= 0, d + " after " + prev);
      prev = d;
    }
    String level = all.get("facets").get("level").fieldNames().next();
    long count = all.get("facets").get("level").get(level).asLong();
    JsonNode refined = ok(svc.post("/api/v1/cases/search", TestService.JUDGE,
        "{\"query\":\"被告人\",\"limit\":100,\"refine\":{\"level\":[\"" + level + "\"]}}"));
    assertEquals(count, refined.get("matched").asLong());
    for (JsonNode h : refined.get("hits")) {
      assertTrue(level.equals("基层人民法院") ? !h.get("court").asText().contains("中级") : h.get("court").asText().contains(level), h.toString());
    }
    JsonNode bad = Json.mapper().readTree(svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"x\",\"sort\":\"court\"}").body());
    assertEquals("/sort", bad.get("field").asText());
  }

  @Test
  void caseSearchHighlightsFacetsAndFilters() throws Exception {
    JsonNode r = ok(svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"醉酒驾驶 乙醇含量\",\"limit\":3}"));
    assertEquals(3, r.get("hits").size());
    for (JsonNode h : r.get("hits")) {
      assertEquals("危险驾驶罪", h.get("charges").get(0).asText(), h.toString());
      assertTrue(h.get("highlight").asText().contains("<mark>"), h.toString());
    }
    assertTrue(r.get("facets").get("charges").get("危险驾驶罪").asInt() == 3);
    JsonNode filtered = ok(svc.post("/api/v1/cases/search", TestService.JUDGE,
        "{\"query\":\"被告人\",\"filters\":{\"charges\":[\"抢劫罪\"]}}"));
    assertEquals(3, filtered.get("total").asInt());
    JsonNode bad = Json.mapper().readTree(svc.post("/api/v1/cases/search", TestService.JUDGE,
        "{\"query\":\"x\",\"filters\":{\"yearFrom\":2024,\"yearTo\":2020}}").body());
    assertEquals("/filters/yearFrom", bad.get("field").asText());
  }

  @Test
  void caseViewIsTheMaskedIngestedRecord() throws Exception {
    JsonNode c = ok(svc.get("/api/v1/cases/text-demo-02", TestService.JUDGE));
    // the record as the ingest pipeline wrote it (docs/masking.md: victims and witnesses masked, adult defendants kept)
    CaseRecord stored = org.xiezhi.corpus.io.JsonLinesReader.readAll(TestDataRoot.get().cases(), CaseRecord.class).stream()
        .filter(r -> r.id().equals("text-demo-02")).findFirst().orElseThrow();
    assertEquals(stored.fullText(), c.get("fullText").asText());
    String raw = Files.readString(TestService.demoJudgments().resolve("demo-02.txt"));
    assertTrue(raw.contains("被害人陈某") && c.get("fullText").asText().contains("被害人陈某"));
    assertEquals("盗窃罪", c.get("charges").get(0).asText());
    assertTrue(c.get("articles").toString().contains("刑法第264条"));
    assertNotNull(c.get("defendants").get(0).get("sentence").get("months"));
  }

  @Test
  void similarCasesExplainThemselves() throws Exception {
    JsonNode r = ok(svc.post("/api/v1/cases/similar", TestService.JUDGE, "{\"facts\":\"" + DRUNK + "\",\"limit\":5}"));
    JsonNode first = r.get("cases").get(0);
    assertEquals("危险驾驶罪", first.get("charges").get(0).asText());
    // the ranker's reasons in words: what made it rank, and the sentence of that case, no raw scores
    assertTrue(first.get("explanation").asText().contains("该案判处"), first.toString());
    assertFalse(first.get("explanation").asText().matches(".*\\d\\.\\d{3}.*"), first.toString());
    assertTrue(first.get("sharedTerms").toString().contains("醉酒驾驶"), first.toString());
    // no charges in the request: ranked with the served charge model's decision, named with its version
    assertTrue(r.get("chargesFrom").asText().startsWith("model xiezhi-charges@"), r.toString());
    assertEquals("[\"危险驾驶罪\"]", r.get("charges").toString());
    // the ranker that ordered them, with the version of its model
    assertTrue(r.get("ranker").asText().matches("similar-ranker@[0-9a-f]{12} \\(100 trees \\+ linear, 15 features\\)"),
        r.toString());
    // the caller's charges (a prosecutor's proposed charge, without 罪) rank the cases and are said back
    JsonNode given = ok(svc.post("/api/v1/cases/similar", TestService.JUDGE,
        "{\"facts\":\"" + THEFT + "\",\"charges\":[\"盗窃\"],\"limit\":3}"));
    assertEquals("request", given.get("chargesFrom").asText());
    assertEquals("[\"盗窃罪\"]", given.get("charges").toString());
    assertTrue(given.get("cases").get(0).get("sharedCharges").toString().contains("盗窃罪"), given.toString());
    JsonNode batch = ok(svc.post("/api/v1/cases/similar/batch", TestService.PLATFORM,
        "{\"items\":[{\"id\":\"a\",\"facts\":\"" + DRUNK + "\"},{\"id\":\"b\",\"facts\":\"" + THEFT + "\",\"limit\":2}]}"));
    assertEquals("b", batch.get("results").get(1).get("id").asText());
    assertEquals(2, batch.get("results").get(1).get("cases").size());
  }

  @Test
  void predictionCarriesEvidenceAndModelVersion() throws Exception {
    JsonNode p = ok(svc.post("/api/v1/predict", TestService.PROSECUTOR, "{\"facts\":\"" + THEFT + "\"}"));
    assertEquals("盗窃罪", p.get("charges").get(0).get("label").asText());
    assertTrue(p.get("articles").toString().contains("刑法第264条"));
    assertTrue(p.get("evidence").size() > 0);
    assertTrue(p.get("modelVersion").asText().contains("@"));
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      items.add("{\"id\":\"i" + i + "\",\"facts\":\"" + (i % 2 == 0 ? DRUNK : THEFT) + "\"}");
    }
    JsonNode b = ok(svc.post("/api/v1/predict/batch", TestService.PLATFORM, "{\"items\":[" + String.join(",", items) + "]}"));
    assertEquals(64, b.get("results").size());
    assertEquals("危险驾驶罪", b.get("results").get(0).get("prediction").get("charges").get(0).get("label").asText());
    String tooMany = "{\"items\":[" + String.join(",", items) + "," + items.get(0) + "]}";
    assertEquals("/items", Json.mapper().readTree(svc.post("/api/v1/predict/batch", TestService.PLATFORM, tooMany).body()).get("field").asText());
    assertTrue(ok(svc.get("/api/v1/models", TestService.JUDGE)).get("models").size() >= 1);
    assertEquals("xiezhi-charges", ok(svc.get("/api/v1/models/xiezhi-charges", TestService.JUDGE)).get("id").asText());
  }

  @Test
  void adviceChecksChargesGivesRangesAndHints() throws Exception {
    JsonNode c = ok(svc.post("/api/v1/advise/charge-check", TestService.JUDGE,
        "{\"facts\":\"" + DRUNK + "\",\"charges\":[\"危险驾驶罪\",\"抢劫罪\"]}"));
    assertEquals("supported", c.get("verdicts").get(0).get("status").asText());
    assertEquals("unsupported", c.get("verdicts").get(1).get("status").asText());
    JsonNode s = ok(svc.post("/api/v1/advise/sentencing", TestService.JUDGE, "{\"facts\":\"" + THEFT + "\",\"charge\":\"盗窃罪\"}"));
    assertEquals("刑法第264条", s.get("article").asText());
    assertEquals(36, s.get("statutory").get(0).get("maxMonths").asInt(), s.toString());
    assertTrue(s.get("similar").size() >= 3);
    assertTrue(s.get("estimateMonths").asInt() > 0);
    JsonNode h = ok(svc.post("/api/v1/advise/hints", TestService.JUDGE,
        "{\"facts\":\"" + DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"termMonths\":30}"));
    String codes = h.get("hints").toString();
    assertTrue(codes.contains("SENTENCE_ABOVE_MAXIMUM") && codes.contains("刑法第133条之一"), codes);
  }

  @Test
  void statutesLookupAndSearch() throws Exception {
    JsonNode a = ok(svc.get("/api/v1/statutes/%E5%88%91%E6%B3%95:133-1", TestService.JUDGE));
    assertEquals("刑法第133条之一", a.get("label").asText());
    assertTrue(a.get("text").asText().contains("醉酒驾驶机动车"));
    JsonNode s = ok(svc.post("/api/v1/statutes/search", TestService.JUDGE, "{\"query\":\"盗窃公私财物 数额较大 多次盗窃\",\"limit\":10}"));
    assertEquals(10, s.get("hits").size(), s.toString());
    assertTrue(s.get("hits").toString().contains("\"刑法:264\""), s.toString());
    JsonNode bad = Json.mapper().readTree(svc.get("/api/v1/statutes/264", TestService.JUDGE).body());
    assertEquals("id", bad.get("field").asText());
  }

  @Test
  void embeddingsWithoutAModelAnswer503Problem() throws Exception {
    HttpResponse<String> r = svc.post("/api/v1/embed", TestService.PLATFORM, "{\"texts\":[\"盗窃\"]}");
    assertEquals(503, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
  }

  @Test
  void metricsHealthAndReadiness() throws Exception {
    svc.post("/api/v1/predict", TestService.JUDGE, "{\"facts\":\"" + THEFT + "\"}");
    HttpResponse<String> m = svc.get("/metrics", TestService.ADMIN);
    assertEquals(200, m.statusCode());
    assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String text = m.body();
    assertTrue(text.contains("xiezhi_http_requests_total{method=\"POST\",route=\"/api/v1/predict\",status=\"200\"}"), text);
    assertTrue(text.contains("xiezhi_http_request_duration_seconds_bucket{method=\"POST\",route=\"/api/v1/predict\",le=\"+Inf\"}"));
    assertTrue(text.contains("xiezhi_inference_duration_seconds_count{model=\"xiezhi-"), text);
    assertTrue(text.contains("xiezhi_index_documents{index=\"cases\"} 42"));
    assertEquals("up", ok(svc.get("/health", null)).get("status").asText());
    assertTrue(ok(svc.get("/ready", TestService.JUDGE)).get("ready").asBoolean());
  }

  @Test
  void webPageIsServedWithoutAKeyAndHasNoExternalResources() throws Exception {
    var page = svc.get("/", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("獬豸") && page.body().contains("js/main.js"));
    for (String asset : List.of("/", "/app.css", "/js/main.js", "/js/core.js", "/js/workbench.js", "/js/reconcile.js", "/js/search.js",
        "/js/caseview.js", "/js/statute.js", "/js/report.js", "/js/supervise.js", "/js/cards.js", "/js/charts.js")) {
      var r = svc.get(asset, null);
      assertEquals(200, r.statusCode(), asset);
      String body = r.body();
      assertFalse(body.contains("http://") && !body.contains("http://www.w3.org/2000/svg"), asset + " loads nothing external");
      assertFalse(body.contains("https://"), asset);
    }
  }

  @Test
  void personalDataGuardMasksIdsAndPhones() {
    String s = PersonalDataGuard.scrub("身份证号110101199003071234，电话13812345678，案号（2023）岚0102刑初123号，金额65911元");
    assertFalse(s.contains("110101199003071234"));
    assertFalse(s.contains("13812345678"));
    assertTrue(s.contains("（2023）岚0102刑初123号") && s.contains("65911元"), s);
    assertEquals("", PersonalDataGuard.scrub(""));
  }
}
