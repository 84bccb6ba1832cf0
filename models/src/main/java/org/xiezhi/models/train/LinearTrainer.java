package org.xiezhi.models.train;

import java.util.List;
import java.util.Random;
import org.xiezhi.models.features.HashedFeatures;

/**
 * Trains a {@link HashedLinearModel} by seeded stochastic gradient descent on the log loss
 * (binary per label for sigmoid, categorical for softmax), with a learning rate that decays per
 * epoch and positive labels weighted up for multi-label data. Same data and seed give the same
 * weights.
 */
public final class LinearTrainer {
  /** Training settings. */
  public record Settings(int epochs, double learningRate, double decay, double positiveWeight, long seed) {
    public Settings {
      if (epochs < 1 || learningRate <= 0 || decay <= 0 || decay > 1 || positiveWeight <= 0) {
        throw new IllegalArgumentException("bad training settings");
      }
    }
  }

  /** Gradients smaller than this are not applied (keeps updates sparse once a label is learnt). */
  static final float SKIP = 1e-3f;

  private LinearTrainer() {}

  /**
   * Trains on {@code xs} with targets {@code ys}: for sigmoid, ys[i] lists the positive label
   * indices; for softmax, exactly one index.
   */
  public static HashedLinearModel train(
      List<HashedFeatures> xs, List<int[]> ys, int dimension, int labels, Activation act, Settings s) {
    float[] w = new float[dimension * labels];
    float[] b = new float[labels];
    HashedLinearModel model = new HashedLinearModel(dimension, labels, w, b, act);
    int n = xs.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random rnd = new Random(s.seed());
    float[] g = new float[labels];
    int[] touched = new int[labels];
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      float lr = (float) (s.learningRate() * Math.pow(s.decay(), epoch));
      for (int k = 0; k < n; k++) {
        HashedFeatures x = xs.get(order[k]);
        int[] y = ys.get(order[k]);
        float[] p = HashedLinearModel.activate(model.logits(x), act);
        for (int l = 0; l < labels; l++) {
          g[l] = p[l];
        }
        for (int l : y) {
          g[l] -= 1f;
          if (act == Activation.SIGMOID) {
            g[l] *= (float) s.positiveWeight();
          }
        }
        int active = 0;
        for (int l = 0; l < labels; l++) {
          if (Math.abs(g[l]) >= SKIP) {
            touched[active++] = l;
          }
        }
        long[] ids = x.ids();
        float[] vs = x.values();
        for (int i = 0; i < ids.length; i++) {
          int row = (int) ids[i] * labels;
          float step = lr * vs[i];
          for (int a = 0; a < active; a++) {
            int l = touched[a];
            w[row + l] -= step * g[l];
          }
        }
        for (int l = 0; l < labels; l++) {
          b[l] -= lr * g[l];
        }
      }
    }
    return model;
  }
}
