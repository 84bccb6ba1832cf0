package org.xiezhi.advisor.port;

import java.util.Map;

/**
 * What the trained models say about a fact description: charge and article probabilities, the
 * estimated term, and the model {@code id@version} that produced it.
 */
public record ModelEstimate(
    Map<String, Double> chargeProbabilities,
    Map<String, Double> articleProbabilities,
    Integer termMonths,
    boolean death,
    boolean life,
    String model) {
  public ModelEstimate {
    chargeProbabilities = chargeProbabilities == null ? Map.of() : Map.copyOf(chargeProbabilities);
    articleProbabilities = articleProbabilities == null ? Map.of() : Map.copyOf(articleProbabilities);
  }
}
