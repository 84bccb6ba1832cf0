package org.xiezhi.indexer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Combines a keyword and a dense ranking. {@link #rrf} is reciprocal rank fusion;
 * {@link #weighted} scales each list's scores to [0, 1] (min-max) and adds them with the given
 * dense weight (a document missing from a list gets 0 there).
 */
public final class Fusion {
  private Fusion() {}

  /** Reciprocal rank fusion with constant {@code k} (60 is usual). Returns doc → score. */
  public static Map<Integer, Double> rrf(ScoreDoc[] keyword, ScoreDoc[] dense, int k) {
    Map<Integer, Double> out = new HashMap<>();
    for (int i = 0; i < keyword.length; i++) {
      out.merge(keyword[i].doc, 1.0 / (k + i + 1), Double::sum);
    }
    for (int i = 0; i < dense.length; i++) {
      out.merge(dense[i].doc, 1.0 / (k + i + 1), Double::sum);
    }
    return out;
  }

  /** Min-max normalised weighted sum. Returns doc → score. */
  public static Map<Integer, Double> weighted(ScoreDoc[] keyword, ScoreDoc[] dense, double denseWeight) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    add(out, keyword, 1 - denseWeight);
    add(out, dense, denseWeight);
    return out;
  }

  /** Doc → min-max normalised score of one list. */
  public static Map<Integer, Double> normalised(ScoreDoc[] list) {
    Map<Integer, Double> out = new HashMap<>();
    add(out, list, 1);
    return out;
  }

  private static void add(Map<Integer, Double> out, ScoreDoc[] list, double w) {
    if (list.length == 0) {
      return;
    }
    float max = Float.NEGATIVE_INFINITY;
    float min = Float.POSITIVE_INFINITY;
    for (ScoreDoc s : list) {
      max = Math.max(max, s.score);
      min = Math.min(min, s.score);
    }
    float range = max - min;
    for (ScoreDoc s : list) {
      double v = range > 0 ? (s.score - min) / range : 1.0;
      out.merge(s.doc, w * v, Double::sum);
    }
  }

  /** The entries of {@code scores} sorted by score, highest first (ties by doc). */
  public static List<Map.Entry<Integer, Double>> sorted(Map<Integer, Double> scores) {
    return scores.entrySet().stream()
        .sorted((a, b) -> {
          int c = Double.compare(b.getValue(), a.getValue());
          return c != 0 ? c : Integer.compare(a.getKey(), b.getKey());
        })
        .toList();
  }
}
