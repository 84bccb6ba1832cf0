package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.port.StatutePort;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.corpus.io.Json;

/**
 * The composition root over a real data root: statutes (laws, amendments, judicial
 * interpretations) searched in the index, cases, predictions and advice through the real modules;
 * without an index every data operation answers 503 naming the command that builds one.
 */
class KnowledgeBaseTest {

  @Test
  void statuteSearchFindsTheInterpretationThatSetsTheTheftAmounts() throws Exception {
    StatutePort statutes = TestDataRoot.services().statutes();
    assertTrue(statutes.size() > 12_000, "laws, amendments and interpretations are in the index: " + statutes.size());
    List<StatutePort.Hit> hits = statutes.search("盗窃 数额较大 标准", 3);
    List<String> ids = new ArrayList<>();
    hits.forEach(h -> ids.add(h.id()));
    System.out.println("statutes for 盗窃 数额较大 标准: " + ids);
    assertTrue(ids.contains("最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释:1"), ids.toString());
    StatutePort.Hit first = hits.get(0);
    assertTrue(first.highlight().contains("<mark>"), first.highlight());
    assertEquals("刑法第133条之一", statutes.article("刑法:133-1").orElseThrow().label());
  }

  @Test
  void theRealModulesAnswerOverTheDataRoot() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-kb-serve");
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), TestDataRoot.services(), dir)) {
      JsonNode s = Json.mapper().readTree(svc.post("/api/v1/cases/similar", TestService.JUDGE,
          "{\"facts\":\"" + HandlersTest.THEFT + "\",\"limit\":5}").body());
      assertEquals("盗窃罪", s.get("cases").get(0).get("charges").get(0).asText(), s.toString());
      assertFalse(s.get("cases").get(0).get("explanation").asText().isEmpty());
      var p = svc.post("/api/v1/predict", TestService.JUDGE, "{\"facts\":\"" + HandlersTest.DRUNK + "\"}");
      assertEquals(200, p.statusCode(), p.body());
      JsonNode pn = Json.mapper().readTree(p.body());
      assertEquals("危险驾驶罪", pn.get("charges").get(0).get("label").asText(), p.body());
      assertTrue(pn.get("modelVersion").asText().startsWith("xiezhi-"), p.body());
      var a = svc.post("/api/v1/advise/sentencing", TestService.JUDGE, "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\"}");
      assertEquals(200, a.statusCode(), a.body());
      JsonNode sn = Json.mapper().readTree(a.body());
      assertTrue(sn.get("article").asText().contains("264"), a.body());
      JsonNode g = sn.get("guideline");
      assertTrue(g.get("applies").asBoolean(), a.body());
      assertEquals("法发〔2021〕21号", g.get("document").asText());
      assertEquals(sn.get("lowMonths").asInt(), g.get("recommended").get("minMonths").asInt(), "the guideline range is the suggestion");
      assertTrue(g.get("steps").size() >= 3, a.body());
      var high = svc.post("/api/v1/advise/sentencing", TestService.JUDGE,
          "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\",\"amountStandard\":\"high\"}");
      assertEquals(200, high.statusCode(), high.body());
      var bad = svc.post("/api/v1/advise/sentencing", TestService.JUDGE,
          "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\",\"amountStandard\":\"mid\"}");
      assertEquals(400, bad.statusCode(), bad.body());
      assertTrue(bad.body().contains("amountStandard"), bad.body());
      var h = svc.post("/api/v1/advise/hints", TestService.JUDGE,
          "{\"facts\":\"" + HandlersTest.DRUNK + "\",\"charges\":[\"危险驾驶罪\"],\"termMonths\":30}");
      assertEquals(200, h.statusCode(), h.body());
      assertTrue(h.body().contains("OUTSIDE_GUIDELINE_RANGE"), "30 months for drunk driving lies outside 1–6 months: " + h.body());
      var literal = svc.post("/api/v1/cases/search", TestService.JUDGE, "{\"query\":\"乙醇含量为155mg/100ml AND (\"}");
      assertEquals(200, literal.statusCode(), "fact text that is not query syntax is searched literally: " + literal.body());
    }
  }

  @Test
  void withoutAnIndexEveryDataOperationAnswers503NamingSetup() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-kb-empty");
    var services = TestDataRoot.services(new DataDir(dir), null);
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir)) {
      for (String[] call : new String[][] {
          {"/api/v1/statutes/search", "{\"query\":\"盗窃\"}"},
          {"/api/v1/cases/search", "{\"query\":\"盗窃\"}"},
          {"/api/v1/cases/similar", "{\"facts\":\"" + HandlersTest.THEFT + "\"}"},
          {"/api/v1/predict", "{\"facts\":\"" + HandlersTest.THEFT + "\"}"},
          {"/api/v1/advise/sentencing", "{\"facts\":\"" + HandlersTest.THEFT + "\",\"charge\":\"盗窃罪\"}"}}) {
        var r = svc.post(call[0], TestService.JUDGE, call[1]);
        assertEquals(503, r.statusCode(), call[0] + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), call[0]);
        JsonNode problem = Json.mapper().readTree(r.body());
        assertEquals("index", problem.get("field").asText(), r.body());
        assertTrue(problem.get("detail").asText().contains("./xiezhi setup"), r.body());
      }
      assertEquals(503, svc.get("/api/v1/statutes/%E5%88%91%E6%B3%95:264", TestService.JUDGE).statusCode());
    }
  }
}
