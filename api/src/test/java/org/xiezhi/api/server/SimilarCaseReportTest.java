package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xiezhi.api.report.DocxReportWriter;
import org.xiezhi.corpus.io.Json;

/** The 类案检索报告 download: a Word document POI opens, with the case base's own particulars; bad input refused. */
class SimilarCaseReportTest {
  static TestService svc;
  static final String PATH = "/api/v1/reports/similar-cases";

  @BeforeAll
  static void start() throws Exception {
    svc = TestService.start();
  }

  @AfterAll
  static void stop() throws Exception {
    svc.close();
  }

  private static HttpResponse<byte[]> post(String key, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(svc.base() + PATH)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return svc.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    }
  }

  @Test
  void theReportIsAWordDocumentWithTheCasesFromTheIndex() throws Exception {
    JsonNode demo = Json.mapper().readTree(svc.get("/api/v1/cases/text-demo-02", TestService.JUDGE).body());
    HttpResponse<byte[]> r = post(TestService.PROSECUTOR, "{\"searcher\":\"公诉一部 李检察官\",\"searchedAt\":\"2024-05-06T08:30:00Z\","
        + "\"query\":\"醉酒驾驶 乙醇含量\",\"pendingCase\":\"被告人醉酒驾驶机动车，血液乙醇含量180mg/100ml，联系电话13912345678\","
        + "\"cases\":[{\"id\":\"text-demo-02\",\"similarity\":\"部分类似\",\"note\":\"同为醉酒驾驶，但本案发生交通事故\"}]}");
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(DocxReportWriter.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElse(""));
    String disposition = r.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment;") && disposition.contains(".docx"), disposition);
    String t = text(r.body());
    for (String expected : new String[] {"类案检索报告", "检索人", "公诉一部 李检察官", "2024年5月6日 16:30", "醉酒驾驶 乙醇含量",
        "待决案件", "血液乙醇含量180mg/100ml", "模型版本", "检索到的类案（1 件）", "【示例】", demo.get("title").asText(),
        demo.get("court").asText(), "部分类似", "同为醉酒驾驶，但本案发生交通事故", "检索结论", "不作为裁判依据"}) {
      assertTrue(t.contains(expected), "the report holds '" + expected + "':\n" + t);
    }
    assertTrue(!t.contains("13912345678") && t.contains("联系电话139********"), "a mobile number is scrubbed as in JSON answers: " + t);
    String charge = demo.get("charges").get(0).asText();
    assertTrue(t.contains("罪名 " + charge) && t.contains(demo.get("caseNumber").asText()), "key points from the index, not the caller: " + t);
  }

  @Test
  void badInputIsAProblemNamingTheField() throws Exception {
    String[][] cases = {
        {"{\"searcher\":\"王法官\",\"query\":\"盗窃\",\"cases\":[{\"id\":\"text-demo-01\",\"similarity\":\"相同\"}]}", "/cases/0/similarity"},
        {"{\"searcher\":\"王法官\",\"query\":\"盗窃\",\"cases\":[{\"id\":\"no-such-case\"}]}", "/cases/0/id"},
        {"{\"searcher\":\"王法官\",\"query\":\"盗窃\",\"cases\":[]}", "/cases"},
        {"{\"query\":\"盗窃\",\"cases\":[{\"id\":\"text-demo-01\"}]}", "/searcher"},
        {"{\"searcher\":\"王法官\",\"searchedAt\":\"昨天\",\"query\":\"盗窃\",\"cases\":[{\"id\":\"text-demo-01\"}]}", "/searchedAt"},
    };
    for (String[] c : cases) {
      HttpResponse<byte[]> r = post(TestService.JUDGE, c[0]);
      assertEquals(400, r.statusCode(), c[0]);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
      JsonNode p = Json.mapper().readTree(r.body());
      assertTrue(p.get("field").asText().replaceFirst("^/?", "/").equals(c[1]), c[0] + " → " + p);
    }
    assertEquals(401, post(null, cases[0][0]).statusCode());
    JsonNode api = Json.mapper().readTree(svc.get("/openapi.json", TestService.JUDGE).body());
    assertTrue(api.at("/paths/~1api~1v1~1reports~1similar-cases/post/responses/200/content").has(DocxReportWriter.MEDIA_TYPE), api.toString());
  }
}
