package org.xiezhi.models.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.models.data.ChargeStatutes;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.registry.ModelRegistry;
import org.xiezhi.models.train.ModelBuilder;
import org.xiezhi.models.train.ModelTrainer;

/** End to end on fictional facts: train, export, publish, load through ONNX Runtime, predict a file. */
class BatchPredictionTest {
  @TempDir Path dir;

  private static List<LabelledFact> fictional() {
    List<LabelledFact> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      out.add(new LabelledFact("t" + i, "被告人甲某于某日在某小区盗窃他人电动自行车一辆，价值" + (1000 + i * 300) + "元，后被抓获。",
          List.of("盗窃"), List.of(264), 6 + i % 3, false, false));
      out.add(new LabelledFact("d" + i, "被告人乙某醉酒后驾驶小型轿车在道路上行驶，经检测血液酒精含量为" + (150 + i) + "mg/100ml。",
          List.of("危险驾驶"), List.of(133), 2, false, false));
      out.add(new LabelledFact("k" + i, "被告人丙某持刀故意杀害被害人丁某，致其当场死亡，手段残忍。",
          List.of("故意杀人"), List.of(232), 0, i % 2 == 0, i % 2 == 1));
    }
    return out;
  }

  @Test
  void predictsEveryLineAndReportsBadOnes() throws Exception {
    ModelRegistry reg = ModelRegistry.open(dir.resolve("models"));
    ModelTrainer.Config cfg = ModelTrainer.Config.defaults();
    ModelBuilder.Built b = ModelBuilder.build(reg, "7", fictional(), List.of(), List.of("盗窃", "危险驾驶", "故意杀人"),
        List.of(264, 133, 232), cfg, List.of("fictional facts"), Map.of());
    assertEquals(3, b.manifests().size());
    assertTrue(Files.exists(reg.dir("xiezhi-term", "7").resolve("MODEL_CARD.md")));
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a\",\"fact\":\"被告人某某在商场盗窃手机一部，价值2000元。\"}",
        "{\"id\":\"b\",\"fact\":\"被告人某某醉酒驾驶机动车，血液酒精含量180mg/100ml。\",\"charges\":[\"危险驾驶罪\"],\"articles\":[133]}",
        "not json",
        "{\"id\":\"c\"}",
        "{\"id\":\"d\",\"fact\":\"某事实\",\"charges\":[\"不存在的罪名罪\"]}",
        "{\"id\":\"e\",\"fact\":\"某事实\",\"articles\":[\"abc\"]}",
        "") + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    try (JudgmentModels jm = JudgmentModels.open(reg)) {
      BatchPrediction.Outcome o = new BatchPrediction(jm.predictor()).run(in, out);
      assertEquals(2, o.predicted());
      assertEquals(4, o.errors());
    }
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(6, lines.size());
    JsonNode a = Json.mapper().readTree(lines.get(0));
    assertEquals("盗窃罪", a.get("charges").get(0).asText());
    assertEquals(264, a.get("articles").get(0).asInt());
    assertEquals("xiezhi-charges@7+xiezhi-articles@7+xiezhi-term@7", a.get("model").asText());
    assertFalse(a.get("death").asBoolean());
    JsonNode bb = Json.mapper().readTree(lines.get(1));
    assertEquals("危险驾驶罪", bb.get("charges").get(0).asText());
    assertEquals(2, bb.get("term_months").asInt());
    JsonNode bad = Json.mapper().readTree(lines.get(2));
    assertEquals(3, bad.get("line").asInt());
    assertTrue(bad.get("error").asText().contains("JSON"));
    JsonNode c = Json.mapper().readTree(lines.get(3));
    assertEquals("c", c.get("id").asText());
    assertTrue(c.get("error").asText().contains("fact"));
    assertTrue(Json.mapper().readTree(lines.get(4)).get("error").asText().contains("unknown charge"));
    assertTrue(Json.mapper().readTree(lines.get(5)).get("error").asText().contains("article"));
  }

  @Test
  void catalogueRowsAnswerAChargeWithoutExamplesAndDeriveItsArticle() throws Exception {
    ModelRegistry reg = ModelRegistry.open(dir.resolve("models"));
    List<String> labels = List.of("盗窃", "危险驾驶", "故意杀人", "非法狩猎");
    Path cail = SharedData.require("cail2018");
    ChargeStatutes st = ChargeStatutes.read(SharedData.require("laws"), cail.resolve("accu.txt"), labels);
    ModelBuilder.build(reg, "8", fictional(), List.of(), labels, List.of(264, 133, 232, 341),
        ModelTrainer.Config.defaults(), List.of("fictional facts"), Map.of(), st, false);
    var charges = reg.latest("xiezhi-charges").orElseThrow();
    assertTrue(charges.files().stream().anyMatch(f -> f.name().equals(ModelBuilder.CHARGE_STATUTES)));
    assertTrue(charges.training().containsKey("catalogue"));
    try (JudgmentModels jm = JudgmentModels.open(reg)) {
      // no training example shows 非法狩猎: the catalogue rows must carry it, and its article follows
      Prediction p = jm.predictor().predict("被告人某某违反狩猎法规，在禁猎期内使用禁用的工具进行狩猎，猎获野兔十余只。");
      assertEquals(List.of("非法狩猎罪"), p.charges());
      assertEquals(List.of(341), p.articles());
      assertTrue(p.model().matches("xiezhi-charges@8\\+xiezhi-articles@8\\+xiezhi-term@8\\+catalogue@[0-9a-f]{12}"), p.model());
      Prediction q = jm.predictor().predict("被告人甲某于某日在某小区盗窃他人电动自行车一辆，价值3000元。");
      assertEquals(List.of("盗窃罪"), q.charges());
      assertEquals(List.of(264), q.articles());
    }
    // a changed description file is refused on load
    Path f = reg.dir("xiezhi-charges", "8").resolve(ModelBuilder.CHARGE_STATUTES);
    Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8) + " ", StandardCharsets.UTF_8);
    assertThrows(org.xiezhi.models.registry.ModelIntegrityException.class, () -> JudgmentModels.open(reg));
  }
}
