package org.xiezhi.models;

import java.util.Locale;

/** Per-label true positives, false positives and false negatives of a best-label-only predictor, per part. */
final class NeighbourCounts {
  final long[][] tp;
  final long[][] fp;
  final long[][] fn;
  long unseenTests;
  long neighbourErrors;

  NeighbourCounts(int labels) {
    tp = new long[2][labels];
    fp = new long[2][labels];
    fn = new long[2][labels];
  }

  void add(int[] truth, int pred, boolean unseen, int[][] nb) {
    int p = unseen ? 0 : 1;
    boolean hit = false;
    for (int t : truth) {
      if (t == pred) {
        tp[p][t]++;
        hit = true;
      } else {
        fn[p][t]++;
      }
    }
    if (!hit) {
      fp[p][pred]++;
    }
    if (unseen) {
      unseenTests++;
      if (nb != null && !hit && truth.length > 0 && (nb[truth[0]][0] == pred || nb[truth[0]][1] == pred || nb[truth[0]][2] == pred)) {
        neighbourErrors++;
      }
    }
  }

  double score(boolean useUnseen, boolean useSeen) {
    int labels = tp[0].length;
    long ta = 0;
    long fa = 0;
    long na = 0;
    double sumF = 0;
    for (int l = 0; l < labels; l++) {
      long t = (useUnseen ? tp[0][l] : 0) + (useSeen ? tp[1][l] : 0);
      long f = (useUnseen ? fp[0][l] : 0) + (useSeen ? fp[1][l] : 0);
      long n = (useUnseen ? fn[0][l] : 0) + (useSeen ? fn[1][l] : 0);
      ta += t;
      fa += f;
      na += n;
      sumF += f1(t, f, n);
    }
    return (f1(ta, fa, na) + sumF / labels) / 2;
  }

  static double f1(long tp, long fp, long fn) {
    if (tp == 0) {
      return fp == 0 && fn == 0 ? 1 : 0;
    }
    double p = (double) tp / (tp + fp);
    double r = (double) tp / (tp + fn);
    return 2 * p * r / (p + r);
  }

  String summary() {
    return String.format(Locale.ROOT, "all %.4f | unseen %.4f | seen %.4f | unseen->neighbour %d/%d",
        score(true, true), score(true, false), score(false, true), neighbourErrors, unseenTests);
  }
}
