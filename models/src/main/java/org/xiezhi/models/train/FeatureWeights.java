package org.xiezhi.models.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.xiezhi.models.features.HashedFeatures;

/**
 * A discriminative second pass over the charge centroids without any per-charge parameter: one
 * weight {@code g_i} per hashed feature, shared by every charge, scales the centroid part of the
 * rows ({@code W[i, c] = g_i · centroid[i, c] + catalogue[i, c]}), so the model stays one linear
 * graph and frequency cannot enter as a per-charge bias. {@code g} starts at 1 and is trained by
 * seeded SGD on a pairwise logistic loss between each training fact's true charge and the
 * {@code candidates} best other charges of the unweighted scorer (the neighbours it confuses), with
 * the fact itself left out of its own charges' centroids, each fact weighted by
 * {@code n^-balance} for its charge's n training cases, an L2 pull towards 1 and {@code g ≥ 0}.
 * The catalogue rows are not scaled, so charges known from the law alone keep their weight.
 */
public final class FeatureWeights {
  /** Training settings; {@code temperature} scales the score differences inside the logistic loss. */
  public record Settings(int epochs, float learningRate, float temperature, float l2, float balance, int candidates,
      long seed) {}

  private FeatureWeights() {}

  /**
   * Learns g.
   *
   * @param blended centroid + catalogue rows (the scorer to sharpen)
   * @param centroid its centroid part ({@link CentroidTrainer}, same idf)
   * @param centroidXs every example the centroids were built from (with {@code centroidYs}), to
   *     recover each label's sum for the leave-one-out rows
   * @param xs the training facts g learns from (a prefix of {@code centroidXs} or a subset of it)
   */
  public static float[] learn(HashedLinearModel blended, HashedLinearModel centroid, List<HashedFeatures> centroidXs,
      List<int[]> centroidYs, List<HashedFeatures> xs, List<int[]> ys, Settings s) {
    int labels = centroid.labels();
    float[] c = centroid.weights();
    float[] base = blended.weights();
    float[] idf = centroid.idf();
    double[] sumNorm = new double[labels];
    for (int n = 0; n < centroidXs.size(); n++) {
      HashedFeatures x = centroidXs.get(n);
      double[] u = CentroidTrainer.unitIdfWeights(x, idf);
      long[] ids = x.ids();
      for (int l : centroidYs.get(n)) {
        for (int i = 0; i < ids.length; i++) {
          sumNorm[l] += u[i] * c[(int) ids[i] * labels + l];
        }
      }
    }
    float[] g = new float[centroid.dimension()];
    Arrays.fill(g, 1f);
    int[] count = new int[labels];
    for (int[] y : ys) {
      for (int l : y) {
        count[l]++;
      }
    }
    List<float[]> units = new ArrayList<>();
    List<int[]> cands = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int n = 0; n < xs.size(); n++) {
      HashedFeatures x = xs.get(n);
      double[] ud = CentroidTrainer.unitIdfWeights(x, idf);
      float[] u = new float[ud.length];
      for (int i = 0; i < u.length; i++) {
        u[i] = (float) ud[i];
      }
      units.add(u);
      int[] y = ys.get(n);
      cands.add(y.length == 0 ? new int[0] : candidates(base, c, sumNorm, labels, x, u, y, s.candidates()));
      if (y.length > 0) {
        order.add(n);
      }
    }
    Random rnd = new Random(s.seed());
    for (int e = 0; e < s.epochs(); e++) {
      Collections.shuffle(order, rnd);
      for (int n : order) {
        int[] y = ys.get(n);
        float w = (float) Math.pow(count[y[0]], -s.balance());
        HashedFeatures x = xs.get(n);
        float[] u = units.get(n);
        long[] ids = x.ids();
        int[] cs = cands.get(n);
        int[] lab = new int[cs.length + 1];
        lab[0] = y[0];
        System.arraycopy(cs, 0, lab, 1, cs.length);
        float[][] scaled = new float[lab.length][ids.length];
        float[] tot = new float[lab.length];
        for (int j = 0; j < lab.length; j++) {
          float[] r = centroidRow(c, sumNorm, labels, lab[j], y, x, u);
          for (int i = 0; i < ids.length; i++) {
            int at = (int) ids[i] * labels + lab[j];
            scaled[j][i] = u[i] * r[i];
            tot[j] += g[(int) ids[i]] * scaled[j][i] + u[i] * (base[at] - c[at]);
          }
        }
        for (int j = 1; j < lab.length; j++) {
          float p = (float) (1 / (1 + Math.exp(s.temperature() * (tot[0] - tot[j]))));
          if (p < 1e-4f) {
            continue;
          }
          for (int i = 0; i < ids.length; i++) {
            int id = (int) ids[i];
            float grad = s.temperature() * p * (scaled[0][i] - scaled[j][i]);
            g[id] = Math.max(0f, g[id] + s.learningRate() * w * grad - s.learningRate() * s.l2() * (g[id] - 1f));
          }
        }
      }
    }
    return g;
  }

  /** {@code blended} with its centroid part scaled by g: {@code W[i, c] + (g_i - 1) · centroid[i, c]}. */
  public static HashedLinearModel apply(HashedLinearModel blended, HashedLinearModel centroid, float[] g) {
    int labels = blended.labels();
    float[] w = blended.weights().clone();
    float[] c = centroid.weights();
    for (int i = 0; i < w.length; i++) {
      w[i] += (g[i / labels] - 1f) * c[i];
    }
    return new HashedLinearModel(blended.dimension(), labels, w, blended.bias().clone(), blended.activation(),
        blended.idf());
  }

  /** The k best labels outside y by the unweighted scorer, the fact left out of its own labels' centroids. */
  static int[] candidates(float[] base, float[] c, double[] sumNorm, int labels, HashedFeatures x, float[] u, int[] y,
      int k) {
    long[] ids = x.ids();
    float[] s = new float[labels];
    for (int i = 0; i < ids.length; i++) {
      int row = (int) ids[i] * labels;
      for (int l = 0; l < labels; l++) {
        s[l] += u[i] * base[row + l];
      }
    }
    for (int t : y) {
      float[] r = centroidRow(c, sumNorm, labels, t, y, x, u);
      float v = 0;
      for (int i = 0; i < ids.length; i++) {
        int at = (int) ids[i] * labels + t;
        v += u[i] * (r[i] + base[at] - c[at]);
      }
      s[t] = v;
    }
    Integer[] idx = new Integer[labels];
    Arrays.setAll(idx, i -> i);
    Arrays.sort(idx, (p, q) -> s[q] != s[p] ? Float.compare(s[q], s[p]) : Integer.compare(p, q));
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < labels && out.size() < k; j++) {
      int l = idx[j];
      if (Arrays.stream(y).noneMatch(t -> t == l)) {
        out.add(l);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The centroid row of label l over the fact's ids; for the fact's own labels without the fact. */
  static float[] centroidRow(float[] c, double[] sumNorm, int labels, int l, int[] y, HashedFeatures x, float[] u) {
    long[] ids = x.ids();
    float[] out = new float[ids.length];
    boolean own = Arrays.stream(y).anyMatch(t -> t == l);
    double s = sumNorm[l];
    double dot = 0;
    if (own) {
      for (int i = 0; i < ids.length; i++) {
        dot += u[i] * c[(int) ids[i] * labels + l];
      }
    }
    double n2 = s * s - 2 * s * dot + 1;
    for (int i = 0; i < ids.length; i++) {
      float ci = c[(int) ids[i] * labels + l];
      out[i] = !own ? ci : n2 > 1e-12 ? (float) ((s * ci - u[i]) / Math.sqrt(n2)) : 0f;
    }
    return out;
  }
}
