package org.xiezhi.api.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-memory BM25 index (k1 0.9, b 0.4) over {@link Bigrams} terms of one text per document. */
final class Bm25Index {
  private static final double K1 = 0.9;
  private static final double B = 0.4;
  private final List<Map<String, Integer>> docs = new ArrayList<>();
  private final Map<String, Integer> df = new HashMap<>();
  private final List<Integer> lengths = new ArrayList<>();
  private long totalLength;

  /** Adds a document; its number is the order of addition. */
  void add(String text) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : Bigrams.strings(text)) {
      tf.merge(t, 1, Integer::sum);
    }
    docs.add(tf);
    tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    int len = tf.values().stream().mapToInt(Integer::intValue).sum();
    lengths.add(len);
    totalLength += len;
  }

  int size() {
    return docs.size();
  }

  /** BM25 score of every document for the query (0 where no term matches). */
  double[] scores(String query) {
    double[] s = new double[docs.size()];
    if (docs.isEmpty()) {
      return s;
    }
    double avg = (double) totalLength / docs.size();
    Set<String> seen = new HashSet<>();
    for (String q : Bigrams.strings(query)) {
      if (!seen.add(q) || !df.containsKey(q)) {
        continue;
      }
      double idf = Math.log(1 + (docs.size() - df.get(q) + 0.5) / (df.get(q) + 0.5));
      for (int d = 0; d < docs.size(); d++) {
        Integer tf = docs.get(d).get(q);
        if (tf != null) {
          int len = lengths.get(d);
          s[d] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len / avg));
        }
      }
    }
    return s;
  }
}
