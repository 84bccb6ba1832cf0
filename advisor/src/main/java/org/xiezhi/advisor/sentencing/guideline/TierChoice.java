package org.xiezhi.advisor.sentencing.guideline;

/**
 * The guideline tier the facts point to (index into the crime's tiers, or -1 when the guideline
 * does not cover them), where within the tier the quantity lies ({@code position} 0..1, NaN when no
 * quantity decides it), the reason in words, the words of the facts and the provision relied on.
 */
record TierChoice(int index, double position, String reason, String evidence, String provision) {
  static TierChoice none(String reason) {
    return new TierChoice(-1, Double.NaN, reason, null, null);
  }
}
