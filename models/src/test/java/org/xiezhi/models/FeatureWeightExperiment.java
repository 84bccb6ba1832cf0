package org.xiezhi.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xiezhi.models.features.HashedFeatures;
import org.xiezhi.models.train.CentroidTrainer;
import org.xiezhi.models.train.FeatureWeights;
import org.xiezhi.models.train.HashedLinearModel;
import org.xiezhi.models.train.ScoreCalibration;

/**
 * Learned feature weights ({@link FeatureWeightLearner}) on the protocols of
 * {@link NeighbourChargesExperiment} (same properties; a development tool, run by hand): the
 * served scorer against the same rows scaled by g, over all charges (K0: still one linear model) or
 * reordering only the served scorer's top 5 (K5); with {@code -Dcalibration=G} the served scorer and the
 * centroid-only variants are divided by σ^G. sample_test is never read.
 */
public final class FeatureWeightExperiment {
  static final FeatureWeightLearner.Settings[] SETTINGS = settings();

  /** -Dcalibration=G: the served scorer and the centroid-only weights also divided by sigma^G ({@link ScoreCalibration}). */
  static final float CALIBRATION = Float.parseFloat(System.getProperty("calibration", "0"));

  static FeatureWeightLearner.Settings[] settings() {
    List<FeatureWeightLearner.Settings> out = new ArrayList<>();
    String[] spec = System.getProperty("settings", "2:20:0.001:0,10:20:0.001:0,10:20:0.001:0.5,40:20:0.001:0.5").split(",");
    for (String s : spec) {
      String[] p = s.split(":");
      out.add(new FeatureWeightLearner.Settings(Integer.getInteger("epochs", 3), Float.parseFloat(p[0]),
          Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3]), 5, 31L,
          p.length < 5 || p[4].equals("all")));
    }
    return out.toArray(new FeatureWeightLearner.Settings[0]);
  }

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    NeighbourChargesExperiment.Setup su = NeighbourChargesExperiment.load();
    int labels = su.accu().size();
    List<String> names = new ArrayList<>();
    names.add("served");
    for (var s : SETTINGS) {
      for (int k : new int[] {0, 5}) {
        names.add(String.format(Locale.ROOT, "g lr%.2f tau%.0f l2%.4f alpha%.1f %s K%d", s.lr(), s.tau(), s.l2(), s.alpha(),
            s.catalogueScaled() ? "all" : "centroid", k));
      }
    }
    NeighbourCounts[] counts = new NeighbourCounts[names.size()];
    for (int v = 0; v < counts.length; v++) {
      counts[v] = new NeighbourCounts(labels);
    }
    for (int k = 0; k < su.folds().size(); k++) {
      long tf = System.nanoTime();
      int[][] f = su.folds().get(k);
      List<HashedFeatures> tx = new ArrayList<>();
      List<int[]> ty = new ArrayList<>();
      for (int i : f[0]) {
        tx.add(su.xs().get(i));
        ty.add(su.ys().get(i));
      }
      tx.addAll(su.xp());
      ty.addAll(su.yp());
      HashedLinearModel cm = CentroidTrainer.train(tx, ty, su.fz().dimension(), labels);
      float[] idf = cm.idf();
      float[] n = NeighbourScores.rows(su.nameTexts(), su.fz(), idf, labels, null);
      float[] r = NeighbourScores.rows(su.conductTexts(), su.fz(), idf, labels, null);
      float[] c = cm.weights();
      float[] base = c.clone();
      for (int i = 0; i < base.length; i++) {
        base[i] += NeighbourChargesExperiment.NAMES * n[i] + NeighbourChargesExperiment.CONDUCT * r[i];
      }
      List<float[]> unit = new ArrayList<>();
      double[] sumNorm = new double[labels];
      for (int j = 0; j < tx.size(); j++) {
        float[] u = unit(tx.get(j), idf);
        unit.add(u);
        long[] ids = tx.get(j).ids();
        for (int l : ty.get(j)) {
          for (int i = 0; i < ids.length; i++) {
            sumNorm[l] += u[i] * c[(int) ids[i] * labels + l];
          }
        }
      }
      List<float[]> gs = new ArrayList<>();
      List<float[]> served = new ArrayList<>();
      HashedLinearModel blended = new HashedLinearModel(cm.dimension(), labels, base, new float[labels],
          org.xiezhi.models.train.Activation.COSINE, idf);
      float[] calibratedBase = ScoreCalibration.scale(blended, tx.subList(0, f[0].length), CALIBRATION, 1000, 5L).weights();
      for (var s : SETTINGS) {
        if (s.catalogueScaled()) {
          gs.add(FeatureWeightLearner.learn(base, c, sumNorm, labels, tx.subList(0, f[0].length),
              unit.subList(0, f[0].length), ty.subList(0, f[0].length), s));
          served.add(null);
        } else {
          // the centroid-only scope is the shipped one: measured through the production class
          float[] g = FeatureWeights.learn(blended, cm, tx, ty, tx.subList(0, f[0].length), ty.subList(0, f[0].length),
              new FeatureWeights.Settings(s.epochs(), s.lr(), s.tau(), s.l2(), s.alpha(), s.k(), s.seed()));
          gs.add(g);
          served.add(ScoreCalibration.scale(FeatureWeights.apply(blended, cm, g), tx.subList(0, f[0].length), CALIBRATION,
              1000, 5L).weights());
        }
      }
      for (int part = 1; part <= 2; part++) {
        for (int i : f[part]) {
          HashedFeatures x = su.xs().get(i);
          float[] u = unit(x, idf);
          float[] b = score(calibratedBase, labels, x, u, null);
          int[] top = top(b, 5);
          int[] truth = su.ys().get(i);
          counts[0].add(truth, top[0], part == 1, null);
          int v = 1;
          for (int gi = 0; gi < gs.size(); gi++) {
            float[] g = gs.get(gi);
            float[] s;
            if (SETTINGS[gi].catalogueScaled()) {
              s = score(base, labels, x, u, g);
            } else {
              s = score(served.get(gi), labels, x, u, null);
            }
            int best = 0;
            for (int l = 1; l < labels; l++) {
              if (s[l] > s[best]) {
                best = l;
              }
            }
            counts[v++].add(truth, best, part == 1, null);
            int bk = top[0];
            for (int l : top) {
              if (s[l] > s[bk]) {
                bk = l;
              }
            }
            counts[v++].add(truth, bk, part == 1, null);
          }
        }
      }
      System.out.printf(Locale.ROOT, "fold %d: train %d, unseen %d, seen %d, %.1fs%n", k, f[0].length, f[1].length,
          f[2].length, (System.nanoTime() - tf) / 1e9);
    }
    for (int v = 0; v < counts.length; v++) {
      System.out.println("charges " + names.get(v) + " " + counts[v].summary());
    }
    System.out.printf(Locale.ROOT, "total %.1fs%n", (System.nanoTime() - t0) / 1e9);
  }

  static float[] unit(HashedFeatures x, float[] idf) {
    long[] ids = x.ids();
    float[] vs = x.values();
    float[] u = new float[ids.length];
    double sq = 0;
    for (int i = 0; i < ids.length; i++) {
      u[i] = vs[i] * idf[(int) ids[i]];
      sq += u[i] * u[i];
    }
    float inv = sq > 0 ? (float) (1 / Math.sqrt(sq)) : 0f;
    for (int i = 0; i < u.length; i++) {
      u[i] *= inv;
    }
    return u;
  }

  static float[] score(float[] w, int labels, HashedFeatures x, float[] u, float[] g) {
    float[] s = new float[labels];
    long[] ids = x.ids();
    for (int i = 0; i < ids.length; i++) {
      int row = (int) ids[i] * labels;
      float v = g == null ? u[i] : u[i] * g[(int) ids[i]];
      for (int l = 0; l < labels; l++) {
        s[l] += v * w[row + l];
      }
    }
    return s;
  }

  static int[] top(float[] s, int k) {
    Integer[] idx = new Integer[s.length];
    java.util.Arrays.setAll(idx, i -> i);
    java.util.Arrays.sort(idx, (p, q) -> Float.compare(s[q], s[p]));
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = idx[i];
    }
    return out;
  }
}
