package org.xiezhi.models.train;

import org.xiezhi.models.features.HashedFeatures;

/**
 * A linear model over hashed sparse features: {@code scores = act(b + Σ v_i · W[id_i])}, with
 * {@code W} of shape [dimension, labels] stored row-major. This is the trainer-side reference the
 * exported ONNX graph must reproduce.
 */
public final class HashedLinearModel {
  private final int dimension;
  private final int labels;
  private final float[] weights;
  private final float[] bias;
  private final Activation activation;
  private final float[] idf;

  public HashedLinearModel(int dimension, int labels, float[] weights, float[] bias, Activation activation) {
    this(dimension, labels, weights, bias, activation, null);
  }

  /** A model whose inputs are first weighted by {@code idf} (required for {@link Activation#COSINE}). */
  public HashedLinearModel(
      int dimension, int labels, float[] weights, float[] bias, Activation activation, float[] idf) {
    if ((activation == Activation.COSINE) != (idf != null) || idf != null && idf.length != dimension) {
      throw new IllegalArgumentException("an idf vector of the dimension goes with COSINE only");
    }
    this.idf = idf;
    if (weights.length != (long) dimension * labels || bias.length != labels) {
      throw new IllegalArgumentException("weights do not match " + dimension + " x " + labels);
    }
    this.dimension = dimension;
    this.labels = labels;
    this.weights = weights;
    this.bias = bias;
    this.activation = activation;
  }

  public int dimension() {
    return dimension;
  }

  public int labels() {
    return labels;
  }

  public float[] weights() {
    return weights;
  }

  public float[] bias() {
    return bias;
  }

  public Activation activation() {
    return activation;
  }

  /** The input weights of a cosine model, else null. */
  public float[] idf() {
    return idf;
  }

  /** The logits of one example (for a cosine model: the cosines). */
  public float[] logits(HashedFeatures x) {
    float[] z = bias.clone();
    long[] ids = x.ids();
    float[] vs = x.values();
    float norm = 1f;
    if (idf != null) {
      float sq = 0f;
      for (int i = 0; i < ids.length; i++) {
        float v = vs[i] * idf[(int) ids[i]];
        sq += v * v;
      }
      norm = sq > 0 ? (float) Math.sqrt(sq) : 1f;
    }
    for (int i = 0; i < ids.length; i++) {
      int row = (int) ids[i] * labels;
      float v = idf == null ? vs[i] : vs[i] * idf[(int) ids[i]] / norm;
      for (int l = 0; l < labels; l++) {
        z[l] += v * weights[row + l];
      }
    }
    return z;
  }

  /** The scores (probabilities) of one example. */
  public float[] scores(HashedFeatures x) {
    return activate(logits(x), activation);
  }

  /** Applies the activation in place and returns the array. */
  public static float[] activate(float[] z, Activation act) {
    if (act == Activation.COSINE) {
      return z;
    }
    if (act == Activation.SIGMOID) {
      for (int l = 0; l < z.length; l++) {
        z[l] = (float) (1 / (1 + Math.exp(-z[l])));
      }
      return z;
    }
    float max = Float.NEGATIVE_INFINITY;
    for (float v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int l = 0; l < z.length; l++) {
      z[l] = (float) Math.exp(z[l] - max);
      sum += z[l];
    }
    for (int l = 0; l < z.length; l++) {
      z[l] = (float) (z[l] / sum);
    }
    return z;
  }
}
