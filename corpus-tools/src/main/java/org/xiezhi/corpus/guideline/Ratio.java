package org.xiezhi.corpus.guideline;

/**
 * An adjustment of the baseline penalty as signed fractions: {@code -0.2..0} for "减少基准刑的20%以下",
 * {@code 0.1..0.4} for "增加基准刑的10%-40%".
 */
public record Ratio(double min, double max) {
  public Ratio {
    min = min + 0.0;
    max = max + 0.0;
    if (min > max) {
      double t = min;
      min = max;
      max = t;
    }
  }

  /** The middle of the range. */
  public double mid() {
    return (min + max) / 2;
  }

  /** True when the ratio lowers the penalty. */
  public boolean reduces() {
    return max <= 0 && min < 0;
  }
}
