package org.xiezhi.models.train;

/**
 * The prison-term classes and the CAIL2018 term score. Fixed terms are binned to representative
 * month values spaced about 0.3 apart in ln(t+1), so a term scores 1 against its own bin; two more
 * classes stand for life imprisonment and death. A prediction is the class that maximises the
 * expected CAIL score under the predicted distribution.
 */
public final class TermScale {
  /** Representative months of the fixed-term classes. */
  static final int[] MONTHS = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 18, 21, 24, 28, 32, 36, 42, 48, 56, 66, 78, 96, 120, 150,
    180, 240, 300
  };

  /** Class index of life imprisonment. */
  public static final int LIFE = MONTHS.length;
  /** Class index of death. */
  public static final int DEATH = MONTHS.length + 1;

  private TermScale() {}

  /** Number of classes. */
  public static int classes() {
    return MONTHS.length + 2;
  }

  /** The class of a term. */
  public static int classOf(int months, boolean death, boolean life) {
    if (death) {
      return DEATH;
    }
    if (life) {
      return LIFE;
    }
    double lt = Math.log(months + 1.0);
    int best = 0;
    double bestD = Double.MAX_VALUE;
    for (int i = 0; i < MONTHS.length; i++) {
      double d = Math.abs(Math.log(MONTHS[i] + 1.0) - lt);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /** The representative months of a fixed-term class (0 for life and death). */
  public static int months(int cls) {
    return cls < MONTHS.length ? MONTHS[cls] : 0;
  }

  /** Label text of a class, for manifests. */
  public static String label(int cls) {
    return cls == LIFE ? "life" : cls == DEATH ? "death" : MONTHS[cls] + "m";
  }

  /** The official CAIL2018 score of predicting (pm, pd, pl) when the truth is (tm, td, tl). */
  public static double score(int tm, boolean td, boolean tl, int pm, boolean pd, boolean pl) {
    if (td) {
      return pd ? 1 : 0;
    }
    if (tl) {
      return pl ? 1 : 0;
    }
    if (pd || pl) {
      return 0;
    }
    double d = Math.abs(Math.log(tm + 1.0) - Math.log(pm + 1.0));
    if (d <= 0.2) {
      return 1;
    }
    if (d <= 0.4) {
      return 0.8;
    }
    if (d <= 0.6) {
      return 0.6;
    }
    if (d <= 0.8) {
      return 0.4;
    }
    if (d <= 1.0) {
      return 0.2;
    }
    return 0;
  }

  /** The class with the highest expected score under {@code p}. */
  public static int decode(float[] p) {
    int n = classes();
    int best = 0;
    double bestE = -1;
    for (int c = 0; c < n; c++) {
      double e = 0;
      for (int t = 0; t < n; t++) {
        if (p[t] < 1e-4f) {
          continue;
        }
        e += p[t] * score(months(t), t == DEATH, t == LIFE, months(c), c == DEATH, c == LIFE);
      }
      if (e > bestE) {
        bestE = e;
        best = c;
      }
    }
    return best;
  }
}
