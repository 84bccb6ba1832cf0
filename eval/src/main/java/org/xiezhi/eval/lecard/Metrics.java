package org.xiezhi.eval.lecard;

import java.util.List;
import java.util.Map;

/** Mean NDCG@10/20/30, P@5 and MAP of one method under one protocol over a set of queries. */
public record Metrics(double ndcg10, double ndcg20, double ndcg30, double p5, double map) {
  /** The metric names, in table order, as used in the expected-scores resource. */
  public static final List<String> NAMES = List.of("ndcg@10", "ndcg@20", "ndcg@30", "p@5", "map");

  public double get(String name) {
    return switch (name) {
      case "ndcg@10" -> ndcg10;
      case "ndcg@20" -> ndcg20;
      case "ndcg@30" -> ndcg30;
      case "p@5" -> p5;
      case "map" -> map;
      default -> throw new IllegalArgumentException("unknown metric " + name);
    };
  }

  /** Means over the queries of {@code runs} that have labels; relevance for P@5 and MAP is grade ≥ minGrade. */
  public static Metrics of(Map<String, List<String>> runs, Map<String, Map<String, Integer>> labels, int minGrade) {
    double[] s = new double[5];
    for (Map.Entry<String, List<String>> e : runs.entrySet()) {
      Map<String, Integer> l = labels.get(e.getKey());
      List<String> r = e.getValue();
      s[0] += RankingMetrics.ndcg(r, l, 10);
      s[1] += RankingMetrics.ndcg(r, l, 20);
      s[2] += RankingMetrics.ndcg(r, l, 30);
      s[3] += RankingMetrics.precision(r, l, 5, minGrade);
      s[4] += RankingMetrics.averagePrecision(r, l, minGrade);
    }
    int n = runs.size();
    if (n == 0) {
      throw new IllegalArgumentException("no queries to score");
    }
    return new Metrics(s[0] / n, s[1] / n, s[2] / n, s[3] / n, s[4] / n);
  }
}
