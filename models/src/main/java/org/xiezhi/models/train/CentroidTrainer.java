package org.xiezhi.models.train;

import java.util.List;
import org.xiezhi.models.features.HashedFeatures;

/**
 * Builds a nearest-centroid classifier in one pass: inputs are weighted by a smoothed idf
 * ({@code ln((N + 1) / (df + 1)) + 1}) and L2-normalised, each label's row is the unit-length
 * mean of its examples, and the score of a label is the cosine of the input with its row.
 * Labels without examples keep a zero row. Deterministic (no randomness at all).
 */
public final class CentroidTrainer {
  private CentroidTrainer() {}

  public static HashedLinearModel train(List<HashedFeatures> xs, List<int[]> ys, int dimension, int labels) {
    float[] df = new float[dimension];
    for (HashedFeatures x : xs) {
      for (long id : x.ids()) {
        df[(int) id]++;
      }
    }
    float[] idf = new float[dimension];
    double n = xs.size();
    for (int i = 0; i < dimension; i++) {
      idf[i] = (float) (Math.log((n + 1) / (df[i] + 1)) + 1);
    }
    double[] sum = new double[dimension * labels];
    for (int k = 0; k < xs.size(); k++) {
      int[] y = ys.get(k);
      if (y.length == 0) {
        continue;
      }
      HashedFeatures x = xs.get(k);
      long[] ids = x.ids();
      double[] unit = unitIdfWeights(x, idf);
      for (int i = 0; i < ids.length; i++) {
        int row = (int) ids[i] * labels;
        for (int l : y) {
          sum[row + l] += unit[i];
        }
      }
    }
    double[] norms = new double[labels];
    for (int i = 0; i < sum.length; i++) {
      norms[i % labels] += sum[i] * sum[i];
    }
    float[] w = new float[dimension * labels];
    for (int i = 0; i < sum.length; i++) {
      double nn = norms[i % labels];
      w[i] = nn > 0 ? (float) (sum[i] / Math.sqrt(nn)) : 0f;
    }
    return new HashedLinearModel(dimension, labels, w, new float[labels], Activation.COSINE, idf);
  }

  /** The idf-weighted values of {@code x}, scaled to unit length (all zero when {@code x} is empty). */
  static double[] unitIdfWeights(HashedFeatures x, float[] idf) {
    long[] ids = x.ids();
    float[] vs = x.values();
    double[] w = new double[ids.length];
    double sq = 0;
    for (int i = 0; i < ids.length; i++) {
      w[i] = vs[i] * idf[(int) ids[i]];
      sq += w[i] * w[i];
    }
    double inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
    for (int i = 0; i < w.length; i++) {
      w[i] *= inv;
    }
    return w;
  }
}
