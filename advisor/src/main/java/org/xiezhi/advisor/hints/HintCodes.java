package org.xiezhi.advisor.hints;

/** The stable hint codes; clients may rely on them. */
public final class HintCodes {
  private HintCodes() {}

  /** The sentence exceeds the statutory maximum of every tier of the article (error). */
  public static final String SENTENCE_ABOVE_MAXIMUM = "SENTENCE_ABOVE_MAXIMUM";
  /** The sentence is below the statutory minimum (error; warning when 减轻处罚 may apply). */
  public static final String SENTENCE_BELOW_MINIMUM = "SENTENCE_BELOW_MINIMUM";
  /** The type of penalty is not provided by the article (error). */
  public static final String SENTENCE_TYPE_NOT_ALLOWED = "SENTENCE_TYPE_NOT_ALLOWED";
  /** The sentence lies outside the tier the facts point to (warning). */
  public static final String SENTENCE_OUTSIDE_TIER = "SENTENCE_OUTSIDE_TIER";
  /** The term lies outside the p10–p90 range of similar cases (warning). */
  public static final String OUTSIDE_SIMILAR_RANGE = "OUTSIDE_SIMILAR_RANGE";
  /** Probation for a recidivist, forbidden by art. 74 (error). */
  public static final String PROBATION_FOR_RECIDIVIST = "PROBATION_FOR_RECIDIVIST";
  /** Probation with a term above three years or not 拘役/有期徒刑, forbidden by art. 72 (error). */
  public static final String PROBATION_NOT_ALLOWED = "PROBATION_NOT_ALLOWED";
  /** A probation period outside what art. 73 allows (error). */
  public static final String PROBATION_PERIOD_INVALID = "PROBATION_PERIOD_INVALID";
  /** No fine although the applicable tier says 并处罚金 (error). */
  public static final String FINE_MISSING = "FINE_MISSING";
  /** The term lies outside the sentencing guideline's recommended range (warning). */
  public static final String OUTSIDE_GUIDELINE_RANGE = "OUTSIDE_GUIDELINE_RANGE";
  /** A mitigating circumstance with no visible effect on the sentence (info). */
  public static final String MITIGATION_NO_EFFECT = "MITIGATION_NO_EFFECT";
  /** A proposed charge the facts make unlikely (warning). */
  public static final String CHARGE_UNLIKELY = "CHARGE_UNLIKELY";
  /** A likely charge that was not proposed (warning). */
  public static final String CHARGE_MISSING = "CHARGE_MISSING";
  /** A cited article that does not belong to any proposed charge in the catalogue (warning). */
  public static final String ARTICLE_NOT_FOR_CHARGE = "ARTICLE_NOT_FOR_CHARGE";
  /** The article was amended between the act and today: apply 从旧兼从轻 (info). */
  public static final String ARTICLE_AMENDED = "ARTICLE_AMENDED";
}
