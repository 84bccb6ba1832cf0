package org.xiezhi.eval.lecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xiezhi.indexer.rank.RegressionTree;

/**
 * Trains small regression trees by LambdaMART (Burges 2010): each round computes, for every two
 * candidates of a list with different grades, the RankNet gradient scaled by the change in NDCG@{@code
 * cutoff} that swapping them would make, and fits one tree to those gradients with Newton leaf values
 * (sum of gradients over sum of second derivatives), times the shrinkage. Splits are searched over at
 * most {@code bins} thresholds per feature (midpoints between quantiles of the training values), a
 * leaf holds at least {@code minLeaf} candidates. Features declared increasing ({@link
 * #increasingIn}) get monotone trees: a split on one is kept only when its left value is at most its
 * right, and each side's subtree stays on its side of their midpoint (LightGBM's basic method), so with
 * all else equal a larger value never scores lower. Deterministic: no sampling.
 */
public final class LambdaMartTrainer {
  /** One training list: feature vectors, grades (0 for unlabelled), the query's ideal DCG at the cutoff, and its weight. */
  public record Query(double[][] features, int[] grades, double idealDcg, double weight) {}

  private final int trees;
  private final double shrinkage;
  private final int depth;
  private final int minLeaf;
  private final int cutoff;
  private final int bins;
  private boolean[] increasing = new boolean[0];

  public LambdaMartTrainer(int trees, double shrinkage, int depth, int minLeaf, int cutoff, int bins) {
    if (trees < 1 || !(shrinkage > 0) || depth < 1 || minLeaf < 1 || cutoff < 1 || bins < 2) {
      throw new IllegalArgumentException("trees, depth, minLeaf, cutoff ≥ 1, bins ≥ 2 and shrinkage > 0 are needed");
    }
    this.trees = trees;
    this.shrinkage = shrinkage;
    this.depth = depth;
    this.minLeaf = minLeaf;
    this.cutoff = cutoff;
    this.bins = bins;
  }

  /** The same trainer with trees that never score lower for a larger value of the {@code features}. */
  public LambdaMartTrainer increasingIn(int... features) {
    LambdaMartTrainer t = new LambdaMartTrainer(trees, shrinkage, depth, minLeaf, cutoff, bins);
    int max = 0;
    for (int f : features) {
      max = Math.max(max, f + 1);
    }
    t.increasing = new boolean[max];
    for (int f : features) {
      t.increasing[f] = true;
    }
    return t;
  }

  /** The trees, trained from scores of 0. */
  public List<RegressionTree> train(List<Query> queries, int dims) {
    int n = 0;
    for (Query q : queries) {
      n += q.grades().length;
    }
    double[][] x = new double[n][];
    int[] start = new int[queries.size() + 1];
    for (int qi = 0, r = 0; qi < queries.size(); qi++) {
      start[qi] = r;
      for (double[] f : queries.get(qi).features()) {
        x[r++] = f;
      }
      start[qi + 1] = r;
    }
    double[][] cuts = new double[dims][];
    int[][] bin = new int[dims][n];
    for (int f = 0; f < dims; f++) {
      cuts[f] = cuts(x, f);
      for (int r = 0; r < n; r++) {
        int b = Arrays.binarySearch(cuts[f], x[r][f]);
        bin[f][r] = b >= 0 ? b : -b - 1;
      }
    }
    double[] score = new double[n];
    double[] grad = new double[n];
    double[] hess = new double[n];
    List<RegressionTree> out = new ArrayList<>(trees);
    for (int t = 0; t < trees; t++) {
      Arrays.fill(grad, 0);
      Arrays.fill(hess, 0);
      for (int qi = 0; qi < queries.size(); qi++) {
        lambdas(queries.get(qi), start[qi], score, grad, hess);
      }
      RegressionTree tree = new TreeBuilder(x, bin, cuts, grad, hess).build();
      for (int r = 0; r < n; r++) {
        score[r] += tree.score(x[r]);
      }
      out.add(tree);
    }
    return List.copyOf(out);
  }

  private void lambdas(Query q, int off, double[] score, double[] grad, double[] hess) {
    int m = q.grades().length;
    if (m < 2 || q.idealDcg() <= 0) {
      return;
    }
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[off + b], score[off + a]));
    double[] disc = new double[m];
    for (int p = 0; p < m; p++) {
      disc[order[p]] = p < cutoff ? 1 / (Math.log(p + 2) / Math.log(2)) : 0;
    }
    int[] g = q.grades();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (g[i] <= g[j] || (disc[i] == 0 && disc[j] == 0)) {
          continue;
        }
        double delta = Math.abs((g[i] - g[j]) * (disc[i] - disc[j])) / q.idealDcg();
        double rho = 1 / (1 + Math.exp(score[off + i] - score[off + j]));
        double l = q.weight() * delta * rho;
        double h = q.weight() * delta * rho * (1 - rho);
        grad[off + i] += l;
        grad[off + j] -= l;
        hess[off + i] += h;
        hess[off + j] += h;
      }
    }
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** At most {@code bins - 1} thresholds of feature {@code f}: midpoints above quantiles of its values. */
  private double[] cuts(double[][] x, int f) {
    double[] v = new double[x.length];
    for (int r = 0; r < x.length; r++) {
      v[r] = x[r][f];
    }
    Arrays.sort(v);
    List<Double> out = new ArrayList<>();
    for (int j = 1; j < bins; j++) {
      int at = (int) ((long) j * v.length / bins);
      double lo = v[at];
      int k = at;
      while (k < v.length && v[k] == lo) {
        k++;
      }
      if (k < v.length) {
        double c = (lo + v[k]) / 2;
        if (out.isEmpty() || c > out.get(out.size() - 1)) {
          out.add(c);
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Grows one tree depth-first over the binned features. */
  private final class TreeBuilder {
    private final double[][] x;
    private final int[][] bin;
    private final double[][] cuts;
    private final double[] grad;
    private final double[] hess;
    private final List<int[]> split = new ArrayList<>(); // {feature, left, right}
    private final List<Double> thresholds = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    TreeBuilder(double[][] x, int[][] bin, double[][] cuts, double[] grad, double[] hess) {
      this.x = x;
      this.bin = bin;
      this.cuts = cuts;
      this.grad = grad;
      this.hess = hess;
    }

    RegressionTree build() {
      int[] all = new int[x.length];
      for (int r = 0; r < all.length; r++) {
        all[r] = r;
      }
      grow(all, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      int k = split.size();
      int[] f = new int[k];
      double[] t = new double[k];
      int[] l = new int[k];
      int[] r = new int[k];
      double[] v = new double[k];
      for (int i = 0; i < k; i++) {
        f[i] = split.get(i)[0];
        l[i] = split.get(i)[1];
        r[i] = split.get(i)[2];
        t[i] = thresholds.get(i);
        v[i] = values.get(i);
      }
      return new RegressionTree(f, t, l, r, v);
    }

    /** Grows the subtree of {@code rows}; its values stay within [lo, hi] (the monotone bounds). */
    private int grow(int[] rows, int level, double lo, double hi) {
      double g = 0;
      double h = 0;
      for (int r : rows) {
        g += grad[r];
        h += hess[r];
      }
      int id = split.size();
      split.add(new int[] {-1, 0, 0});
      thresholds.add(0.0);
      values.add(clamp(shrinkage * g / (h + 1e-9), lo, hi));
      if (level >= depth || rows.length < 2 * minLeaf) {
        return id;
      }
      double base = g * g / (h + 1e-9);
      double bestGain = 1e-12;
      int bestF = -1;
      int bestB = -1;
      for (int f = 0; f < cuts.length; f++) {
        int nb = cuts[f].length + 1;
        if (nb < 2) {
          continue;
        }
        double[] gb = new double[nb];
        double[] hb = new double[nb];
        int[] cb = new int[nb];
        for (int r : rows) {
          int b = bin[f][r];
          gb[b] += grad[r];
          hb[b] += hess[r];
          cb[b]++;
        }
        double gl = 0;
        double hl = 0;
        int cl = 0;
        for (int b = 0; b < nb - 1; b++) {
          gl += gb[b];
          hl += hb[b];
          cl += cb[b];
          if (cl < minLeaf || rows.length - cl < minLeaf) {
            continue;
          }
          double gr = g - gl;
          double hr = h - hl;
          if (f < increasing.length && increasing[f]
              && clamp(shrinkage * gl / (hl + 1e-9), lo, hi) > clamp(shrinkage * gr / (hr + 1e-9), lo, hi)) {
            continue;
          }
          double gain = gl * gl / (hl + 1e-9) + gr * gr / (hr + 1e-9) - base;
          if (gain > bestGain) {
            bestGain = gain;
            bestF = f;
            bestB = b;
          }
        }
      }
      if (bestF < 0) {
        return id;
      }
      int nl = 0;
      for (int r : rows) {
        nl += bin[bestF][r] <= bestB ? 1 : 0;
      }
      int[] left = new int[nl];
      int[] right = new int[rows.length - nl];
      int a = 0;
      int c = 0;
      for (int r : rows) {
        if (bin[bestF][r] <= bestB) {
          left[a++] = r;
        } else {
          right[c++] = r;
        }
      }
      thresholds.set(id, cuts[bestF][bestB]);
      double leftLo = lo;
      double leftHi = hi;
      double rightLo = lo;
      double rightHi = hi;
      if (bestF < increasing.length && increasing[bestF]) {
        double gl = 0;
        double hl = 0;
        for (int r : left) {
          gl += grad[r];
          hl += hess[r];
        }
        double mid = (clamp(shrinkage * gl / (hl + 1e-9), lo, hi) + clamp(shrinkage * (g - gl) / (h - hl + 1e-9), lo, hi)) / 2;
        leftHi = mid;
        rightLo = mid;
      }
      int li = grow(left, level + 1, leftLo, leftHi);
      int ri = grow(right, level + 1, rightLo, rightHi);
      split.set(id, new int[] {bestF, li, ri});
      return id;
    }
  }
}
