package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.baseline.DemoCaseBase;
import org.xiezhi.api.baseline.LawsStatutes;
import org.xiezhi.api.wiring.IndexedServices;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.SharedData;

/** The service over a Lucene index of the demo judgments (keyword mode, no embedder). */
class IndexedServicesTest {

  @Test
  void searchSimilarAndAdviceThroughTheIndex() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-indexed");
    DemoCaseBase parsed = DemoCaseBase.fromFolder(TestService.demoJudgments());
    LawsStatutes statutes = LawsStatutes.read(SharedData.require("laws/刑法/刑法.md"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    IndexedServices.build(dir.resolve("index"), parsed.cases(), List.of(), null, new PrintStream(log, true, StandardCharsets.UTF_8));
    var services = IndexedServices.open(dir.resolve("index"), statutes, null);
    assertEquals(42, services.cases().size());
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir)) {
      var r = svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"醉酒驾驶 乙醇含量\",\"limit\":3}");
      assertEquals(200, r.statusCode(), r.body());
      JsonNode n = Json.mapper().readTree(r.body());
      assertEquals("危险驾驶罪", n.get("hits").get(0).get("charges").get(0).asText(), r.body());
      assertTrue(n.get("hits").get(0).get("highlight").asText().contains("<mark>"), r.body());
      assertTrue(n.get("facets").has("charges"), r.body());
      var s = Json.mapper().readTree(svc.post("/api/v1/cases/similar", TestService.JUDGE,
          "{\"facts\":\"" + HandlersTest.THEFT + "\",\"limit\":5}").body());
      assertEquals("盗窃罪", s.get("cases").get(0).get("charges").get(0).asText(), s.toString());
      assertFalse(s.get("cases").get(0).get("explanation").asText().isEmpty());
      var p = Json.mapper().readTree(svc.post("/api/v1/predict", TestService.JUDGE, "{\"facts\":\"" + HandlersTest.DRUNK + "\"}").body());
      assertEquals("危险驾驶罪", p.get("charges").get(0).get("label").asText(), p.toString());
      var c = Json.mapper().readTree(svc.get("/api/v1/cases/demo-02", TestService.JUDGE).body());
      assertEquals("盗窃罪", c.get("charges").get(0).asText());
    }
  }

  @Test
  void adviceFromTheAdvisorModule() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-advisor");
    DemoCaseBase parsed = DemoCaseBase.fromFolder(TestService.demoJudgments());
    Path laws = SharedData.require("laws/刑法/刑法.md");
    IndexedServices.build(dir.resolve("index"), parsed.cases(), List.of(), null,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    var services = IndexedServices.open(dir.resolve("index"), LawsStatutes.read(laws), null, laws.getParent().getParent());
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir)) {
      var s = svc.post("/api/v1/advise/sentencing", TestService.JUDGE, "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\"}");
      assertEquals(200, s.statusCode(), s.body());
      JsonNode sn = Json.mapper().readTree(s.body());
      assertTrue(sn.get("article").asText().contains("264"), s.body());
      assertTrue(sn.get("statutory").size() >= 2, s.body());
      JsonNode g = sn.get("guideline");
      assertTrue(g.get("applies").asBoolean(), s.body());
      assertEquals("法发〔2021〕21号", g.get("document").asText());
      assertEquals(sn.get("lowMonths").asInt(), g.get("recommended").get("minMonths").asInt(), "the guideline range is the suggestion");
      assertTrue(g.get("steps").size() >= 3, s.body());
      var high = svc.post("/api/v1/advise/sentencing", TestService.JUDGE,
          "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\",\"amountStandard\":\"high\"}");
      assertEquals(200, high.statusCode(), high.body());
      var bad = svc.post("/api/v1/advise/sentencing", TestService.JUDGE,
          "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\",\"amountStandard\":\"mid\"}");
      assertEquals(400, bad.statusCode(), bad.body());
      assertTrue(bad.body().contains("amountStandard"), bad.body());
      var c = svc.post("/api/v1/advise/charge-check", TestService.JUDGE, "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"]}");
      assertEquals(200, c.statusCode(), c.body());
      assertEquals("危险驾驶罪", Json.mapper().readTree(c.body()).get("verdicts").get(0).get("charge").asText());
      var h = svc.post("/api/v1/advise/hints", TestService.JUDGE, "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"termMonths\":30}");
      assertEquals(200, h.statusCode(), h.body());
      assertTrue(Json.mapper().readTree(h.body()).get("hints").size() >= 1, h.body());
      assertTrue(h.body().contains("OUTSIDE_GUIDELINE_RANGE"), "30 months for drunk driving lies outside 1–6 months: " + h.body());
      System.out.println("advisor sentencing: " + s.body());
      System.out.println("advisor hints: " + h.body());
      var literal = svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"乙醇含量为155mg/100ml AND (\"}");
      assertEquals(200, literal.statusCode(), "fact text that is not query syntax is searched literally: " + literal.body());
    }
  }
}
