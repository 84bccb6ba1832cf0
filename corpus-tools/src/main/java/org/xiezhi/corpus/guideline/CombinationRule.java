package org.xiezhi.corpus.guideline;

import java.util.List;

/**
 * A rule on how circumstances combine: {@code ADD_SUBTRACT} (同向相加、逆向相减), {@code MULTIPLY_FIRST}
 * (the listed circumstances adjust the baseline first), {@code NO_DOUBLE_COUNT} (认罪认罚 is not
 * counted again beside the listed ones), {@code EXCLUDES} (当庭自愿认罪 not beside 自首/坦白),
 * {@code ADJUST_20} (the bench may move the result by 20%).
 *
 * @param kind one of the kinds above
 * @param primary the circumstance the rule is about, or null
 * @param involved the circumstances named, in the guideline's words
 * @param source the paragraph
 */
public record CombinationRule(String kind, String primary, List<String> involved, GuidelineSource source) {}
