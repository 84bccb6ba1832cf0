package org.xiezhi.advisor.sentencing.guideline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.xiezhi.corpus.guideline.Ratio;

/**
 * The sentencing guideline's three steps for one charge of one case: the tier and its starting
 * point (量刑起点), the baseline penalty (基准刑), the adjustments by circumstance and the recommended
 * range and point, with every step in words and the paragraphs cited. {@code applies} is false
 * (and nothing else computed) when the guideline does not cover the charge or the facts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidelineResult(
    boolean applies, String document, String crime, Tier tier, Months startingPoint, Months baseline,
    List<Adjustment> adjustments, Recommended recommended, String fine, String probation, List<String> steps,
    List<String> sources, String reason) {

  /** The guideline tier chosen, the statutory tier it lies in and why. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Tier(int index, String condition, String paragraph, String statutory, String reason) {}

  /** A range in months. */
  public record Months(double minMonths, double maxMonths) {}

  /** One adjustment: the circumstance, its ratio, the words of the facts and the paragraph. */
  public record Adjustment(String circumstance, String code, Ratio ratio, String order, String evidence, String source) {}

  /** The recommended range and point in whole months, and the penalty type of the point. */
  public record Recommended(int minMonths, int maxMonths, int months, String type) {}

  /** A result saying the guideline does not apply, and why. */
  public static GuidelineResult notApplicable(String crime, String reason) {
    return new GuidelineResult(false, null, crime, null, null, null, List.of(), null, null, null, List.of(), List.of(),
        reason);
  }
}
