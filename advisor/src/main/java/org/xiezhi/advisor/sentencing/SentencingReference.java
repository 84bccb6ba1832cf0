package org.xiezhi.advisor.sentencing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.xiezhi.corpus.facts.Circumstance;

/**
 * A sentencing reference for one charge: the circumstances found, the statutory range with the
 * tier the facts point to, the sentences of similar cases, the model estimate and a suggested
 * interval, each part explained in plain Chinese.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SentencingReference(
    String charge,
    List<Circumstance> circumstances,
    Statutory statutory,
    Similar similar,
    Estimate model,
    Interval suggested,
    List<String> explanation) {

  /** One statutory tier as shown to users. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TierView(
      int paragraph, String text, List<String> types, Integer minMonths, Integer maxMonths,
      String fine, String condition) {}

  /** The applicable article, its tiers, the chosen tier (null when the facts don't decide) and why. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Statutory(String article, List<TierView> tiers, Integer chosenTier, String reason) {}

  /** One similar case's sentence as evidence. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CaseSentence(String id, String title, double score, String sentence, Integer months) {}

  /** The sentences received in the k most similar cases with the same charge. */
  public record Similar(
      int k, TermDistribution terms, int life, int death, int probation, List<CaseSentence> cases) {}

  /** The model's estimate with the model version that produced it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Estimate(Integer termMonths, boolean death, boolean life, String model) {}

  /** The suggested interval in months and how it was reached. */
  public record Interval(int minMonths, int maxMonths, String basis) {}
}
