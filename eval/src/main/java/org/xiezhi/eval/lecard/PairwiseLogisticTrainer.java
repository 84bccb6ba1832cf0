package org.xiezhi.eval.lecard;

import java.util.List;

/**
 * Trains the weights of a linear ranking function by pairwise logistic regression (RankNet's loss on a
 * linear model): for every two candidates of a query with different grades, log(1 + e^-(s_hi - s_lo)),
 * each pair weighted by its grade difference and each query's pairs by 1 / their count, plus an L2
 * penalty; full-batch gradient descent from zero weights, so training is deterministic.
 */
public final class PairwiseLogisticTrainer {
  /** One query's training list: feature vectors and grades (0 for unlabelled). */
  public record Query(double[][] features, int[] grades) {}

  private final double l2;
  private final int iterations;
  private final double step;

  public PairwiseLogisticTrainer(double l2, int iterations, double step) {
    this.l2 = l2;
    this.iterations = iterations;
    this.step = step;
  }

  public double[] train(List<Query> queries, int dims) {
    double[] w = new double[dims];
    // Adam: the features' scales differ, plain steps converge slowly
    double[] m = new double[dims];
    double[] v = new double[dims];
    double[] s = new double[0];
    for (int it = 1; it <= iterations; it++) {
      double[] grad = new double[dims];
      for (Query q : queries) {
        int n = q.grades().length;
        if (s.length < n) {
          s = new double[n];
        }
        for (int i = 0; i < n; i++) {
          double x = 0;
          for (int k = 0; k < dims; k++) {
            x += w[k] * q.features()[i][k];
          }
          s[i] = x;
        }
        double pairWeight = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            if (q.grades()[i] > q.grades()[j]) {
              pairWeight += q.grades()[i] - q.grades()[j];
            }
          }
        }
        if (pairWeight == 0) {
          continue;
        }
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            int d = q.grades()[i] - q.grades()[j];
            if (d <= 0) {
              continue;
            }
            // d/dw log(1 + e^-(si - sj)) = -sigmoid(-(si - sj)) (xi - xj)
            double g = -d / pairWeight / (1 + Math.exp(s[i] - s[j]));
            double[] xi = q.features()[i];
            double[] xj = q.features()[j];
            for (int k = 0; k < dims; k++) {
              grad[k] += g * (xi[k] - xj[k]);
            }
          }
        }
      }
      for (int k = 0; k < dims; k++) {
        double gk = grad[k] / queries.size() + l2 * w[k];
        m[k] = 0.9 * m[k] + 0.1 * gk;
        v[k] = 0.999 * v[k] + 0.001 * gk * gk;
        double mh = m[k] / (1 - Math.pow(0.9, it));
        double vh = v[k] / (1 - Math.pow(0.999, it));
        w[k] -= step * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
    return w;
  }
}
