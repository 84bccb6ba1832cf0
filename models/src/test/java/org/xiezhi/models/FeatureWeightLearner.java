package org.xiezhi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.xiezhi.models.features.HashedFeatures;

/**
 * A discriminative second look at the charge rows without any per-charge parameter: one weight
 * g_i per hashed feature, shared by all charges, so the score becomes Σ_i x̂_i g_i B[i, c] (still
 * one linear model: the rows scaled by g). g is trained on the training facts by a pairwise
 * logistic loss between the true charge and the base scorer's top-K other candidates, with the
 * centroid part of each fact's own charges left out of its row (leave-one-out), each fact weighted
 * by n^-α for its charge's n training cases, L2 pull towards 1 and g ≥ 0. Seeded.
 */
final class FeatureWeightLearner {
  record Settings(int epochs, float lr, float tau, float l2, float alpha, int k, long seed, boolean catalogueScaled) {}

  private FeatureWeightLearner() {}

  /**
   * @param base rows [dim, labels]: centroid + catalogue rows (with {@code catalogueScaled} false only the
   *     centroid part is scaled by g, the catalogue part base - centroid is kept as it is)
   * @param centroid the centroid part of base (unit rows) and {@code sumNorm} each label's |sum of unit facts|
   * @param unit the unit idf-weighted values of each training fact (parallel to xs)
   */
  static float[] learn(float[] base, float[] centroid, double[] sumNorm, int labels, List<HashedFeatures> xs,
      List<float[]> unit, List<int[]> ys, Settings s) {
    int dim = base.length / labels;
    float[] g = new float[dim];
    Arrays.fill(g, 1f);
    int[] count = new int[labels];
    for (int[] y : ys) {
      for (int l : y) {
        count[l]++;
      }
    }
    // candidates: the base scorer's top-K labels outside the fact's own, with leave-one-out rows
    List<int[]> cands = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int n = 0; n < xs.size(); n++) {
      int[] y = ys.get(n);
      if (y.length == 0) {
        cands.add(new int[0]);
        continue;
      }
      float[] sc = scores(base, centroid, sumNorm, labels, xs.get(n), unit.get(n), y, g, null);
      Integer[] idx = new Integer[labels];
      Arrays.setAll(idx, i -> i);
      Arrays.sort(idx, (p, q) -> Float.compare(sc[q], sc[p]));
      List<Integer> c = new ArrayList<>();
      for (int j = 0; j < labels && c.size() < s.k(); j++) {
        int l = idx[j];
        if (Arrays.stream(y).noneMatch(t -> t == l)) {
          c.add(l);
        }
      }
      cands.add(c.stream().mapToInt(Integer::intValue).toArray());
      order.add(n);
    }
    Random rnd = new Random(s.seed());
    for (int e = 0; e < s.epochs(); e++) {
      Collections.shuffle(order, rnd);
      for (int n : order) {
        int[] y = ys.get(n);
        int t = y[0];
        float w = (float) Math.pow(count[t], -s.alpha());
        HashedFeatures x = xs.get(n);
        float[] u = unit.get(n);
        long[] ids = x.ids();
        int[] cs = cands.get(n);
        int[] lab = new int[cs.length + 1];
        lab[0] = t;
        System.arraycopy(cs, 0, lab, 1, cs.length);
        float[][] contrib = new float[lab.length][ids.length];
        float[] tot = new float[lab.length];
        for (int j = 0; j < lab.length; j++) {
          float[] r = row(base, centroid, sumNorm, labels, lab[j], y, x, u);
          for (int i = 0; i < ids.length; i++) {
            int at = (int) ids[i] * labels + lab[j];
            float fixed = s.catalogueScaled() ? 0f : base[at] - centroid[at];
            contrib[j][i] = u[i] * (r[i] - fixed);
            tot[j] += g[(int) ids[i]] * contrib[j][i] + u[i] * fixed;
          }
        }
        for (int j = 1; j < lab.length; j++) {
          float m = s.tau() * (tot[0] - tot[j]);
          float p = (float) (1 / (1 + Math.exp(m))); // d loss / d m = -p
          if (p < 1e-4f) {
            continue;
          }
          for (int i = 0; i < ids.length; i++) {
            int id = (int) ids[i];
            float gr = s.tau() * p * (contrib[0][i] - contrib[j][i]);
            g[id] = Math.max(0f, g[id] + s.lr() * w * gr - s.lr() * s.l2() * (g[id] - 1f));
          }
        }
      }
    }
    return g;
  }

  /** B[id, l] over the fact's ids; for the fact's own labels the centroid part is recomputed without the fact. */
  static float[] row(float[] base, float[] centroid, double[] sumNorm, int labels, int l, int[] y, HashedFeatures x,
      float[] u) {
    long[] ids = x.ids();
    float[] out = new float[ids.length];
    boolean own = Arrays.stream(y).anyMatch(t -> t == l);
    double s = sumNorm[l];
    double dot = 0;
    if (own) {
      for (int i = 0; i < ids.length; i++) {
        dot += u[i] * centroid[(int) ids[i] * labels + l];
      }
    }
    double n2 = s * s - 2 * s * dot + 1;
    for (int i = 0; i < ids.length; i++) {
      int at = (int) ids[i] * labels + l;
      out[i] = base[at];
      if (own) {
        float c = centroid[at];
        float loo = n2 > 1e-12 ? (float) ((s * c - u[i]) / Math.sqrt(n2)) : 0f;
        out[i] += loo - c;
      }
    }
    return out;
  }

  /** Scores of all labels for a training fact (leave-one-out for its labels) under feature weights g. */
  static float[] scores(float[] base, float[] centroid, double[] sumNorm, int labels, HashedFeatures x, float[] u,
      int[] y, float[] g, float[] out) {
    float[] s = out == null ? new float[labels] : out;
    long[] ids = x.ids();
    for (int i = 0; i < ids.length; i++) {
      int row = (int) ids[i] * labels;
      float v = u[i] * g[(int) ids[i]];
      for (int l = 0; l < labels; l++) {
        s[l] += v * base[row + l];
      }
    }
    for (int t : y) {
      float[] r = row(base, centroid, sumNorm, labels, t, y, x, u);
      float loo = 0;
      for (int i = 0; i < ids.length; i++) {
        loo += u[i] * g[(int) ids[i]] * r[i];
      }
      s[t] = loo;
    }
    return s;
  }
}
