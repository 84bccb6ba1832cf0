package org.xiezhi.eval.lecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.indexer.rank.RankModel;
import org.xiezhi.indexer.rank.RankFeatures;

/** The two-stage order: the first model's list, its top k re-ordered by the second model, the rest as it was. */
class TwoStageRankTest {
  private static double[] f(double bm25, double amountClose) {
    double[] x = new double[RankFeatures.NAMES.size()];
    x[RankFeatures.NAMES.indexOf("bm25")] = bm25;
    x[RankFeatures.NAMES.indexOf("amount_close")] = amountClose;
    return x;
  }

  private static RankModel only(String feature) {
    double[] w = new double[RankFeatures.NAMES.size()];
    w[RankFeatures.NAMES.indexOf(feature)] = 1;
    return new RankModel(w, feature);
  }

  private static final FeatureLists LIST = new FeatureLists(List.of("a", "b", "c", "d", "e"),
      new double[][] {f(1.0, 0.1), f(0.9, 0.9), f(0.8, 0.5), f(0.7, 1.0), f(0.6, 0.0)});

  @Test
  void theSecondModelReordersOnlyTheFirstModelsTop() {
    List<String> ids = LIST.rankTwoStage(only("bm25"), only("amount_close"), 3).stream().map(ScoredDoc::docId).toList();
    // bm25 order a b c d e; amount closeness re-orders a b c into b c a; d (closest amount) stays outside the top 3
    assertEquals(List.of("b", "c", "a", "d", "e"), ids);
    List<ScoredDoc> all = LIST.rankTwoStage(only("bm25"), only("amount_close"), 10);
    assertEquals(List.of("d", "b", "c", "a", "e"), all.stream().map(ScoredDoc::docId).toList());
    for (int i = 1; i < all.size(); i++) {
      assertEquals(all.get(i - 1).score() - 1, all.get(i).score(), 1e-9, "scores fall with the rank");
    }
  }

  @Test
  void aTopOfNoCaseIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new FeatureRankerCv(null, null).twoStage(only("bm25"), 0, "x"));
  }
}
