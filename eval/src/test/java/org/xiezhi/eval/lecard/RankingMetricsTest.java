package org.xiezhi.eval.lecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  private static final double L2 = Math.log(2);
  private final Map<String, Integer> labels = Map.of("a", 3, "b", 2, "c", 0, "d", 1);

  @Test
  void ndcgUsesGradeGainAndLogDiscountWithIdealFromLabels() {
    List<String> ranked = List.of("x", "a", "d", "b");
    double dcg = 3 / (Math.log(3) / L2) + 1 / (Math.log(4) / L2) + 2 / (Math.log(5) / L2);
    double idcg = 3 + 2 / (Math.log(3) / L2) + 1 / (Math.log(4) / L2);
    assertEquals(dcg / idcg, RankingMetrics.ndcg(ranked, labels, 10), 1e-12);
    assertEquals(1.0, RankingMetrics.ndcg(List.of("a", "b", "d", "c"), labels, 3), 1e-12);
    assertEquals(0.0, RankingMetrics.ndcg(List.of("x", "y"), labels, 10), 1e-12);
    assertEquals(0.0, RankingMetrics.ndcg(List.of(), Map.of("a", 0), 10), 1e-12);
  }

  @Test
  void precisionAndAveragePrecisionUseTheGradeThreshold() {
    List<String> ranked = List.of("x", "a", "d", "b");
    assertEquals(2.0 / 5, RankingMetrics.precision(ranked, labels, 5, 2), 1e-12);
    assertEquals(3.0 / 5, RankingMetrics.precision(ranked, labels, 5, 1), 1e-12);
    assertEquals((1.0 / 2 + 2.0 / 4) / 2, RankingMetrics.averagePrecision(ranked, labels, 2), 1e-12);
    assertEquals(0.0, RankingMetrics.averagePrecision(ranked, Map.of("a", 1), 2), 1e-12);
  }
}
