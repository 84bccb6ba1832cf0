package org.xiezhi.models.eval;

import java.util.List;
import java.util.Set;

/**
 * The official CAIL2018 scoring. Charges and articles: (micro-F1 + macro-F1) / 2 over the full
 * label set, where a label absent from both truth and prediction has F1 = 1 (as the official judger
 * counts it); prison term: the mean per-case score of {@link org.xiezhi.models.train.TermScale#score}.
 */
public final class CailScore {
  private CailScore() {}

  /** Micro, macro and the combined score of a multi-label task. */
  public record F1(double micro, double macro, double score) {}

  public static <T> F1 multiLabel(List<T> labelSet, List<Set<T>> truth, List<Set<T>> predicted) {
    int n = labelSet.size();
    long tpAll = 0;
    long fpAll = 0;
    long fnAll = 0;
    double sumF = 0;
    for (T label : labelSet) {
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int i = 0; i < truth.size(); i++) {
        boolean t = truth.get(i).contains(label);
        boolean p = predicted.get(i).contains(label);
        if (t && p) {
          tp++;
        } else if (p) {
          fp++;
        } else if (t) {
          fn++;
        }
      }
      tpAll += tp;
      fpAll += fp;
      fnAll += fn;
      sumF += f1(tp, fp, fn);
    }
    double micro = f1(tpAll, fpAll, fnAll);
    double macro = sumF / n;
    return new F1(micro, macro, (micro + macro) / 2);
  }

  /** F1 as the official judger computes it: 1 when a label is absent from truth and prediction. */
  static double f1(long tp, long fp, long fn) {
    double p;
    double r;
    if (tp == 0) {
      if (fp == 0 && fn == 0) {
        p = 1;
        r = 1;
      } else {
        p = 0;
        r = 0;
      }
    } else {
      p = (double) tp / (tp + fp);
      r = (double) tp / (tp + fn);
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
