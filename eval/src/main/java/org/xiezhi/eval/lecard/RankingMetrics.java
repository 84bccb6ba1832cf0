package org.xiezhi.eval.lecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Graded-relevance metrics of one ranked list against one query's labels: NDCG@k (gain = grade,
 * discount log2(rank + 1), ideal from the labelled grades), P@k and average precision with
 * relevance = grade ≥ a threshold. Unlabelled documents have grade 0.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  public static double ndcg(List<String> ranked, Map<String, Integer> labels, int k) {
    double dcg = 0;
    for (int r = 0; r < Math.min(k, ranked.size()); r++) {
      dcg += labels.getOrDefault(ranked.get(r), 0) / log2(r + 2);
    }
    double idcg = idealDcg(labels, k);
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** The DCG@k of the labelled grades in their best order. */
  public static double idealDcg(Map<String, Integer> labels, int k) {
    List<Integer> ideal = new ArrayList<>(labels.values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int r = 0; r < Math.min(k, ideal.size()); r++) {
      idcg += ideal.get(r) / log2(r + 2);
    }
    return idcg;
  }

  public static double precision(List<String> ranked, Map<String, Integer> labels, int k, int minGrade) {
    int hits = 0;
    for (int r = 0; r < Math.min(k, ranked.size()); r++) {
      if (labels.getOrDefault(ranked.get(r), 0) >= minGrade) {
        hits++;
      }
    }
    return (double) hits / k;
  }

  /** Average precision over the whole list; the denominator is the number of relevant labels. */
  public static double averagePrecision(List<String> ranked, Map<String, Integer> labels, int minGrade) {
    long relevant = labels.values().stream().filter(g -> g >= minGrade).count();
    if (relevant == 0) {
      return 0;
    }
    int hits = 0;
    double sum = 0;
    for (int r = 0; r < ranked.size(); r++) {
      if (labels.getOrDefault(ranked.get(r), 0) >= minGrade) {
        hits++;
        sum += (double) hits / (r + 1);
      }
    }
    return sum / relevant;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
