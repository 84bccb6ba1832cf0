package org.xiezhi.advisor.sentencing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The distribution of fixed terms (months) among similar cases: n, min, p10, p25, median, p75, p90,
 * max and a histogram over legal-practice bins.
 */
public record TermDistribution(
    int n,
    Integer min,
    Double p10,
    Double p25,
    Double median,
    Double p75,
    Double p90,
    Integer max,
    List<Bin> histogram) {

  /** Bin edges in months: [0,6), [6,12), [12,24), [24,36), [36,60), [60,120), [120,180), [180,∞). */
  static final int[] EDGES = {0, 6, 12, 24, 36, 60, 120, 180};

  /** One histogram bin: months in [from, to) (to null = open). */
  public record Bin(int from, Integer to, int count) {}

  /** The distribution of {@code months} (any order). */
  public static TermDistribution of(List<Integer> months) {
    List<Integer> m = new ArrayList<>(months);
    Collections.sort(m);
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < EDGES.length; i++) {
      int from = EDGES[i];
      Integer to = i + 1 < EDGES.length ? EDGES[i + 1] : null;
      int c = 0;
      for (int v : m) {
        if (v >= from && (to == null || v < to)) {
          c++;
        }
      }
      bins.add(new Bin(from, to, c));
    }
    if (m.isEmpty()) {
      return new TermDistribution(0, null, null, null, null, null, null, null, bins);
    }
    return new TermDistribution(
        m.size(), m.get(0), pct(m, 10), pct(m, 25), pct(m, 50), pct(m, 75), pct(m, 90),
        m.get(m.size() - 1), bins);
  }

  /** Linear-interpolated percentile of sorted values. */
  static double pct(List<Integer> sorted, double p) {
    if (sorted.size() == 1) {
      return sorted.get(0);
    }
    double pos = p / 100.0 * (sorted.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted.get(lo) + (pos - lo) * (sorted.get(hi) - sorted.get(lo));
  }

  /** The percentile rank (0–100) of a value among the cases: share strictly below plus half ties. */
  public static double percentileOf(List<Integer> months, int value) {
    if (months.isEmpty()) {
      return Double.NaN;
    }
    int below = 0;
    int equal = 0;
    for (int v : months) {
      if (v < value) {
        below++;
      } else if (v == value) {
        equal++;
      }
    }
    return 100.0 * (below + equal / 2.0) / months.size();
  }
}
