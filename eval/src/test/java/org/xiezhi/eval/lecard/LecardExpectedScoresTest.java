package org.xiezhi.eval.lecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.indexer.rank.ChargeOverlapFusion;

/**
 * The whole LeCaRD evaluation on the real data (one pass, no dense method): every method's dev
 * scores must equal the declared ones within the tolerance, in either direction, and the default
 * method must meet its targets.
 */
class LecardExpectedScoresTest {
  @Test
  void devScoresMatchTheDeclaredOnesAndTheDefaultMeetsItsTargets() throws Exception {
    Path dir = SharedData.require("lecard");
    LecardDataset ds = LecardDataset.open(dir);
    LecardEvaluation.Result r =
        new LecardEvaluation(ds, ChargeOverlapFusion.DEFAULT_CHARGE_WEIGHT, System.out).run();
    System.out.println(ScoreTable.markdown(r.scores(), r.cv(), ds.devQueries().size()));

    List<String> bad = ExpectedScores.load().check(r.scores());
    assertTrue(bad.isEmpty(), String.join("\n", bad));

    MethodScores def = r.scores(LecardEvaluation.DEFAULT);
    assertTrue(def.pool().ndcg30() >= 0.90, "pool NDCG@30 " + def.pool().ndcg30());
    assertTrue(def.corpus().ndcg30() >= 0.55, "corpus NDCG@30 " + def.corpus().ndcg30());
    // runs exist for all 107 queries, the 20 test queries included, and the corpus runs are 100 deep
    assertEquals(107, r.poolRuns().get(LecardEvaluation.DEFAULT).size());
    assertEquals(107, r.corpusRuns().get(LecardEvaluation.DEFAULT).size());
    assertTrue(r.corpusRuns().get(LecardEvaluation.DEFAULT).values().stream()
        .allMatch(l -> l.size() == LecardEvaluation.CORPUS_DEPTH));
    for (String t : ds.testIds()) {
      assertEquals(ds.pool(t).size(), r.poolRuns().get(LecardEvaluation.DEFAULT).get(t).size());
    }
  }
}
