package org.xiezhi.models.train;

import java.util.List;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;

/**
 * Zero-shot label rows from the law: each label's row is the unit-length, idf-weighted n-gram
 * vector of a text describing it (a charge's names and 罪状). Added to a nearest-centroid model
 * with a weight, they let a label the training cases never show still win on facts that read like
 * its statute; the sum stays one linear model, exported and served like any other.
 */
public final class CatalogueCentroids {
  private CatalogueCentroids() {}

  /** Unit rows ([dimension, labels] row-major) for {@code texts} (one per label; null or blank gives a zero row). */
  public static float[] rows(List<String> texts, Featurizer fz, float[] idf) {
    int labels = texts.size();
    int d = fz.dimension();
    float[] w = new float[d * labels];
    for (int l = 0; l < labels; l++) {
      String t = texts.get(l);
      if (t == null || t.isBlank()) {
        continue;
      }
      HashedFeatures x = fz.fact(t);
      long[] ids = x.ids();
      double[] unit = CentroidTrainer.unitIdfWeights(x, idf);
      for (int i = 0; i < ids.length; i++) {
        w[(int) ids[i] * labels + l] += (float) unit[i];
      }
    }
    return w;
  }

  /** {@code centroid + weight · rows}: a cosine model scoring centroid cosine plus weighted statute cosine. */
  public static HashedLinearModel blend(HashedLinearModel centroid, float[] rows, float weight) {
    float[] per = new float[centroid.labels()];
    java.util.Arrays.fill(per, weight);
    return blend(centroid, rows, per);
  }

  /** {@code centroid + weights[l] · rows} per label {@code l}. */
  public static HashedLinearModel blend(HashedLinearModel centroid, float[] rows, float[] weights) {
    if (centroid.activation() != Activation.COSINE || rows.length != centroid.weights().length
        || weights.length != centroid.labels()) {
      throw new IllegalArgumentException("blend needs a cosine model and rows of its shape");
    }
    float[] c = centroid.weights();
    float[] w = new float[c.length];
    int labels = centroid.labels();
    for (int i = 0; i < c.length; i++) {
      w[i] = c[i] + weights[i % labels] * rows[i];
    }
    return new HashedLinearModel(centroid.dimension(), centroid.labels(), w, centroid.bias().clone(),
        Activation.COSINE, centroid.idf());
  }
}
