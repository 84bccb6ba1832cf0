package org.xiezhi.corpus.guideline;

import java.util.List;

/**
 * One of the guideline's common circumstances (三、常见量刑情节) with its variants and ratio ranges.
 *
 * @param code stable code, the same as the fact extraction's where both exist (e.g. SURRENDER)
 * @param name the Chinese term, e.g. 自首
 * @param variants the cases the paragraph distinguishes, each with its ratio
 * @param multiplyFirst true for the circumstances applied first and multiplied (二（二）2): 未成年人,
 *     老年人, 聋哑盲人, 未遂, 从犯 …
 * @param mayGoBelowMinimum true when the Criminal Law lets it bring the sentence below the tier's
 *     minimum (减轻处罚)
 * @param legalBasis the Criminal Law article behind that, e.g. 刑法第67条; null when none
 * @param minimumMonths the least change in months the paragraph names (累犯: 3), or 0
 * @param source the paragraph
 */
public record CircumstanceRule(
    String code, String name, List<Variant> variants, boolean multiplyFirst, boolean mayGoBelowMinimum,
    String legalBasis, int minimumMonths, GuidelineSource source) {

  /** One case of the paragraph: its condition ("" for the general case) and its ratio. */
  public record Variant(String condition, Ratio ratio, boolean exemption) {}

  /** The general (first) variant. */
  public Variant general() {
    return variants.get(0);
  }
}
