package org.xiezhi.models.train;

import java.util.List;
import java.util.Random;
import org.xiezhi.models.features.HashedFeatures;

/**
 * Divides each label's scores by {@code σ^γ}, where σ is the deviation of that label's score over a
 * seeded sample of training facts: a label whose row resembles every fact (a charge with many,
 * varied cases) no longer outscores a narrow one by its spread alone. Each column of the weights
 * (and its bias) is scaled, so the model stays one linear graph. Deterministic for a given seed.
 */
public final class ScoreCalibration {
  private ScoreCalibration() {}

  /**
   * The model with label {@code l}'s column scaled by {@code σ_l^-gamma}; σ over {@code sample}
   * facts drawn with replacement from {@code xs} by {@code new Random(seed)}. {@code gamma} 0
   * returns the model unchanged.
   */
  public static HashedLinearModel scale(HashedLinearModel m, List<HashedFeatures> xs, float gamma, int sample, long seed) {
    if (gamma == 0f || xs.isEmpty()) {
      return m;
    }
    int labels = m.labels();
    double[] s1 = new double[labels];
    double[] s2 = new double[labels];
    Random rnd = new Random(seed);
    int n = Math.min(sample, xs.size());
    for (int k = 0; k < n; k++) {
      float[] z = m.logits(xs.get(rnd.nextInt(xs.size())));
      for (int l = 0; l < labels; l++) {
        s1[l] += z[l];
        s2[l] += (double) z[l] * z[l];
      }
    }
    float[] f = new float[labels];
    for (int l = 0; l < labels; l++) {
      double mean = s1[l] / n;
      double var = Math.max(s2[l] / n - mean * mean, 1e-12);
      f[l] = (float) Math.pow(Math.sqrt(var), -gamma);
    }
    float[] w = m.weights().clone();
    for (int i = 0; i < w.length; i++) {
      w[i] *= f[i % labels];
    }
    float[] b = m.bias().clone();
    for (int l = 0; l < labels; l++) {
      b[l] *= f[l];
    }
    return new HashedLinearModel(m.dimension(), labels, w, b, m.activation(), m.idf());
  }
}
