package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.mask.MaskingPolicy;

/**
 * Records an admin upsert leaves out are reported by position with the field at fault, a title in
 * Chinese and English and a reason in words: no exception text, no Java names.
 */
class UpdateRejectionsTest {
  @Test
  void rejectedRecordsNameTheirFieldAndReason() throws Exception {
    try (TestService svc = MaskingDoorsTest.writable(TestDataRoot.copy(), MaskingPolicy.PUBLIC_RELEASE)) {
      List<Map<String, Object>> batch = List.of(
          Map.of("id", "rej-ok", "fullText", MaskingDoorsTest.judgment()),
          Map.of("id", "rej-notes", "fullText", "会议纪要：今天讨论了下周的值班安排，没有其他事项。"),
          Map.of("id", "rej-title", "title", "只有标题的记录"),
          Map.of("id", "x".repeat(201), "facts", "被告人某甲窃取电动车一辆。"),
          Map.of("id", "  ", "facts", "被告人某乙窃取电动车一辆。"));
      HttpResponse<String> up = svc.post("/api/v1/admin/cases/upsert", TestService.ADMIN, Json.line(Map.of("cases", batch)));
      assertEquals(200, up.statusCode(), up.body());
      JsonNode o = Json.mapper().readTree(up.body());
      assertEquals(1, o.get("upserted").asInt(), up.body());
      JsonNode rejected = o.get("rejected");
      assertEquals(4, rejected.size(), up.body());
      String[][] expected = {
        {"1", "rej-notes", "/cases/1/fullText", "无法解析判决书 / Judgment not parsed", "not a judgment"},
        {"2", "rej-title", "/cases/2/facts", "缺少案情 / No facts", "a case needs facts or fullText"},
        {"3", "x".repeat(201), "/cases/3/id", "记录标识无效 / Invalid record id", "id longer than 200 characters"},
        {"4", "  ", "/cases/4/id", "记录标识无效 / Invalid record id", "id is required"},
      };
      for (int i = 0; i < expected.length; i++) {
        JsonNode r = rejected.get(i);
        assertEquals(Integer.parseInt(expected[i][0]), r.get("index").asInt(), r.toString());
        assertEquals(expected[i][1], r.get("id").asText(), r.toString());
        assertEquals(expected[i][2], r.get("field").asText(), r.toString());
        assertEquals(expected[i][3], r.get("title").asText(), r.toString());
        assertTrue(r.get("reason").asText().startsWith(expected[i][4]), r.toString());
      }
      assertFalse(FuzzTest.JAVA_NAME.matcher(up.body()).find(), "Java names in " + up.body());
      assertFalse(up.body().contains("Exception"), up.body());
    }
  }
}
