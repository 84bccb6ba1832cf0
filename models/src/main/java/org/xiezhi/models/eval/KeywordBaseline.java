package org.xiezhi.models.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.predict.Prediction;

/**
 * The simple baseline: the charge whose name words occur most in the fact (else the most frequent
 * training charge), that charge's most frequent article in training (else the most frequent
 * article), and the median training term.
 */
public final class KeywordBaseline {
  private final List<String> labels;
  private final String majorityCharge;
  private final int majorityArticle;
  private final Map<String, Integer> articleOf = new HashMap<>();
  private final int medianTerm;

  public KeywordBaseline(List<String> labels, List<LabelledFact> train) {
    this.labels = List.copyOf(labels);
    Map<String, Integer> cc = new HashMap<>();
    Map<Integer, Integer> ac = new HashMap<>();
    Map<String, Map<Integer, Integer>> co = new HashMap<>();
    List<Integer> terms = new ArrayList<>();
    for (LabelledFact f : train) {
      for (String c : f.charges()) {
        cc.merge(c, 1, Integer::sum);
        for (Integer a : f.articles()) {
          co.computeIfAbsent(c, k -> new HashMap<>()).merge(a, 1, Integer::sum);
        }
      }
      for (Integer a : f.articles()) {
        ac.merge(a, 1, Integer::sum);
      }
      if (!f.death() && !f.life()) {
        terms.add(f.termMonths());
      }
    }
    majorityCharge = argmax(cc);
    majorityArticle = argmax(ac);
    co.forEach((c, m) -> articleOf.put(c, argmax(m)));
    terms.sort(Integer::compare);
    medianTerm = terms.isEmpty() ? 0 : terms.get(terms.size() / 2);
  }

  public Prediction predict(String fact) {
    String best = majorityCharge;
    int bestHits = 0;
    for (String l : labels) {
      int hits = 0;
      for (String w : ChargeNames.words(l)) {
        if (fact.contains(w)) {
          hits += w.length();
        }
      }
      if (hits > bestHits) {
        bestHits = hits;
        best = l;
      }
    }
    int article = articleOf.getOrDefault(best, majorityArticle);
    return new Prediction(
        List.of(ChargeNames.displayName(best)), List.of(article), medianTerm, false, false, Map.of(), Map.of(), 0f, "keyword-baseline");
  }

  private static <K> K argmax(Map<K, Integer> m) {
    K best = null;
    int n = -1;
    for (Map.Entry<K, Integer> e : m.entrySet()) {
      if (e.getValue() > n || e.getValue() == n && String.valueOf(e.getKey()).compareTo(String.valueOf(best)) < 0) {
        n = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }
}
