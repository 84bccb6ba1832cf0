package org.xiezhi.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.io.Json;

/** {@code advise} input lines with the penalty type in Chinese get the same advice as in English. */
class ChinesePenaltyTypesTest {
  @TempDir Path dir;

  private static final String THEFT = "2021年3月5日，被告人张某某在某超市窃取手机一部，价值人民币2800元。";

  @Test
  void chineseAndEnglishTypesGiveTheSameHints() throws Exception {
    String[][] pairs = {
      {"imprisonment", "有期徒刑", "\"months\":4,\"fineYuan\":1000"},
      {"imprisonment", "有期徒刑", "\"months\":8"},
      {"detention", "拘役", "\"months\":3,\"fineYuan\":2000"},
      {"surveillance", "管制", "\"months\":6,\"fineYuan\":2000"},
      {"life", "无期徒刑", "\"fineYuan\":2000"},
      {"death_reprieve", "死刑缓期二年执行", "\"fineYuan\":2000"},
      {"death", "死刑", "\"fineYuan\":2000"},
      {"fine_only", "单处罚金", "\"fineYuan\":2000"},
      {"exempt", "免予刑事处罚", ""},
    };
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < pairs.length; i++) {
      for (int lang = 0; lang < 2; lang++) {
        lines.append("{\"id\":\"").append(i).append(lang == 0 ? "en" : "zh").append("\",\"fact\":\"").append(THEFT)
            .append("\",\"charges\":[\"盗窃罪\"],\"sentence\":{\"type\":\"").append(pairs[i][lang]).append('"')
            .append(pairs[i][2].isEmpty() ? "" : "," + pairs[i][2]).append("}}\n");
      }
    }
    lines.append("{\"id\":\"bad\",\"fact\":\"").append(THEFT).append("\",\"charges\":[\"盗窃罪\"],\"sentence\":{\"type\":\"徒刑\",\"months\":8}}\n");
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, lines, StandardCharsets.UTF_8);
    new BatchAdvice(new Advisor(TestStatutes.book(), null, null, 10)).run(in, out);
    List<JsonNode> rows = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      rows.add(Json.mapper().readTree(l));
    }
    assertEquals(pairs.length * 2 + 1, rows.size());
    int flagged = 0;
    for (int i = 0; i < pairs.length; i++) {
      JsonNode en = rows.get(2 * i);
      JsonNode zh = rows.get(2 * i + 1);
      assertTrue(en.has("hints") && zh.has("hints"), en + "\n" + zh);
      assertEquals(codes(en), codes(zh), pairs[i][1]);
      flagged += codes(en).isEmpty() ? 0 : 1;
    }
    assertTrue(flagged >= 5, "most of these sentences are unlawful for a 2,800 yuan theft: " + flagged);
    String error = rows.get(rows.size() - 1).toString();
    assertTrue(error.contains("sentence.type") && error.contains("有期徒刑") && error.contains("imprisonment"), error);
  }

  private static List<String> codes(JsonNode advice) {
    List<String> out = new ArrayList<>();
    advice.get("hints").forEach(h -> out.add(h.get("code").asText()));
    return out;
  }
}
