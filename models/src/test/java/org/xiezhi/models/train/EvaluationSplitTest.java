package org.xiezhi.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.cail.CailRecords;
import org.xiezhi.corpus.io.JsonLinesWriter;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.models.data.EvaluationSplit;
import org.xiezhi.models.registry.ModelIds;
import org.xiezhi.models.registry.ModelManifest;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * The CAIL2018 records of both splits as {@code corpus ingest} writes them: training leaves the
 * {@code cail-test-*} ones out unless told, records the choice in the manifests and model cards,
 * and models trained on them are refused for scoring.
 */
class EvaluationSplitTest {
  @TempDir Path dir;

  @Test
  void evaluationRecordsAreLeftOutUnlessIncludedAndThenScoringIsRefused() throws Exception {
    Path cail = SharedData.require("cail2018");
    Path cases = dir.resolve("cases.jsonl");
    int[] test = {0};
    try (JsonLinesWriter w = new JsonLinesWriter(cases)) {
      CailRecords.readDir(cail, new CailRecords.Sink() {
        @Override
        public void accept(CaseRecord r) throws IOException {
          if (EvaluationSplit.isEvaluation(r.id())) {
            test[0]++;
          }
          w.write(r);
        }

        @Override
        public void reject(String id, String reason) {}
      });
      w.commit();
    }
    assertEquals(1397, test[0], "sample_test records");
    Path registry = dir.resolve("models");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    var dflt = TrainingJob.run(new TrainingJob.Settings(registry, cail, null, cases, null, "1"),
        ModelTrainer.Config.defaults(), out);
    var incl = TrainingJob.run(new TrainingJob.Settings(registry, cail, null, cases, null, "2", true),
        ModelTrainer.Config.defaults(), out);
    String text = log.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("1397 evaluation records (cail-test-*) left out"), text);
    assertTrue(text.contains("evaluation split (cail-test-*) INCLUDED"), text);
    // the test records are the only difference between the two trainings
    int n1 = ((Number) dflt.manifests().get(0).training().get("examples")).intValue();
    int n2 = ((Number) incl.manifests().get(0).training().get("examples")).intValue();
    assertTrue(n2 - n1 > 1300 && n2 - n1 <= 1397, n1 + " / " + n2);
    ModelRegistry reg = ModelRegistry.open(registry);
    for (String id : java.util.List.of(ModelIds.CHARGES, ModelIds.ARTICLES, ModelIds.TERM)) {
      ModelManifest v1 = reg.find(id + "@1");
      ModelManifest v2 = reg.find(id + "@2");
      assertFalse(EvaluationSplit.trainedOn(v1), v1.training().toString());
      assertTrue(EvaluationSplit.trainedOn(v2), v2.training().toString());
      assertFalse(v1.metrics().isEmpty(), "version 1 scored on sample_test");
      assertTrue(v2.metrics().isEmpty(), "version 2 must not carry sample_test figures");
      String card = Files.readString(reg.dir(id, "2").resolve("MODEL_CARD.md"), StandardCharsets.UTF_8);
      assertTrue(card.contains("Trained on the CAIL2018 evaluation split"), card);
    }
    EvaluationSplit.refuseScoring(java.util.List.of(reg.find(ModelIds.CHARGES + "@1")));
    var e = assertThrows(IllegalStateException.class,
        () -> EvaluationSplit.refuseScoring(java.util.List.of(reg.find(ModelIds.CHARGES + "@2"))));
    assertTrue(e.getMessage().contains("xiezhi-charges@2") && e.getMessage().contains("evaluation split"), e.getMessage());
  }
}
