package org.xiezhi.corpus.guideline;

import java.util.List;

/**
 * One starting-point tier of a crime: the condition in the guideline's words and the range of the
 * starting point in months, with the penalty types the range names (有期徒刑, 拘役).
 *
 * @param index the tier's number in the guideline, from 0
 * @param condition the facts that lead to this tier, verbatim
 * @param minMonths lower end of the starting point (1 when the range reaches down to 拘役)
 * @param maxMonths upper end
 * @param types the penalty types the range names
 * @param declared true when the text fixes the declared sentence directly (危险驾驶: 一个月至六个月拘役)
 * @param source the paragraph
 */
public record StartingTier(
    int index, String condition, int minMonths, int maxMonths, List<String> types, boolean declared,
    GuidelineSource source) {}
