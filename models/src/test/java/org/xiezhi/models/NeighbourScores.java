package org.xiezhi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;
import org.xiezhi.models.train.HashedLinearModel;

/**
 * The score variants of {@link NeighbourChargesExperiment} for one trained fold. Base: centroid
 * cosine C + a × names cosine N + b × 罪状 cosine R (the served scorer). Each variant adds
 * {@code d × D} (the cosine with a charge's distinctive statute row: the n-grams of its names and
 * 罪状 that the texts of its 3 or 10 nearest charges, or of all other charges, lack), subtracts
 * {@code β × μ} (the charge's mean score over the training facts: how much its row resembles any
 * fact), divides by {@code σ^γ} (the deviation of its score over 1,000 seeded training facts),
 * subtracts {@code λ ×} the mean score of its 3 nearest charges, and may reorder only the base
 * scorer's top K. All but the top-K cut are linear in the input and keep one linear model.
 */
final class NeighbourScores {
  static final String[] DISTINCT = {"nb3", "nb10", "all"};
  static final float[] D = floats("grid.d", "0,0.25,0.5,1,2");
  static final float[] BETA = floats("grid.beta", "0,0.5,1,1.5");
  static final float[] GAMMA = floats("grid.gamma", "0,0.5,1");
  static final float[] LAMBDA = floats("grid.lambda", "0,0.5");
  static final int[] TOPK = {0, 3, 5};

  static float[] floats(String property, String def) {
    String[] p = System.getProperty(property, def).split(",");
    float[] out = new float[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = Float.parseFloat(p[i]);
    }
    return out;
  }

  /** Variant names in a fixed order: (distinct rows, d, β, γ) then λ then K. */
  static final List<String> VARIANTS = variants();

  private final int labels;
  private final float[] idf;
  private final float[] c;
  private final float[][] sparse; // per component (N, R, D nb3, D nb10, D all): [dimension * labels]
  private final int[][] sparseAt; // per input id: component * labels + label of each non-zero sparse weight
  private final float[][] sparseW; // and its weight
  private final int[][] nb;
  private final float[][] offset; // per (v,d,β,γ) combo: β μ per label
  private final float[][] inv; // per combo: 1 / σ^γ per label
  private final float a;
  private final float b;

  private NeighbourScores(int labels, float[] idf, float[] c, float[][] sparse, int[][] nb, float a, float b) {
    this.labels = labels;
    this.idf = idf;
    this.c = c;
    this.sparse = sparse;
    this.nb = nb;
    this.a = a;
    this.b = b;
    int dim = c.length / labels;
    this.sparseAt = new int[dim][];
    this.sparseW = new float[dim][];
    for (int i = 0; i < dim; i++) {
      int k = 0;
      for (float[] w : sparse) {
        for (int l = 0; l < labels; l++) {
          k += w[i * labels + l] != 0 ? 1 : 0;
        }
      }
      if (k == 0) {
        continue;
      }
      sparseAt[i] = new int[k];
      sparseW[i] = new float[k];
      k = 0;
      for (int s = 0; s < sparse.length; s++) {
        for (int l = 0; l < labels; l++) {
          float v = sparse[s][i * labels + l];
          if (v != 0) {
            sparseAt[i][k] = s * labels + l;
            sparseW[i][k++] = v;
          }
        }
      }
    }
    int combos = DISTINCT.length * D.length * BETA.length * GAMMA.length;
    this.offset = new float[combos][];
    this.inv = new float[combos][];
  }

  static List<String> variants() {
    List<String> out = new ArrayList<>();
    for (String v : DISTINCT) {
      for (float d : D) {
        for (float be : BETA) {
          for (float g : GAMMA) {
            for (float la : LAMBDA) {
              for (int k : TOPK) {
                out.add(String.format(Locale.ROOT, "D%s d%.2f beta%.2f gamma%.2f lambda%.1f K%d", v, d, be, g, la, k));
              }
            }
          }
        }
      }
    }
    return out;
  }

  static NeighbourScores build(HashedLinearModel cm, Featurizer fz, List<String> names, List<String> conduct,
      List<String> full, float a, float b, List<HashedFeatures> train) {
    int labels = cm.labels();
    int dim = cm.dimension();
    float[] idf = cm.idf();
    float[] n = rows(names, fz, idf, labels, null);
    float[] r = rows(conduct, fz, idf, labels, null);
    float[] base = cm.weights().clone();
    for (int i = 0; i < base.length; i++) {
      base[i] += a * n[i] + b * r[i];
    }
    int[][] nb = neighbours(base, dim, labels);
    List<Set<Long>> ids = new ArrayList<>();
    for (String t : full) {
      Set<Long> s = new HashSet<>();
      for (long id : fz.fact(t).ids()) {
        s.add(id);
      }
      ids.add(s);
    }
    float[][] sparse = new float[2 + DISTINCT.length][];
    sparse[0] = n;
    sparse[1] = r;
    for (int v = 0; v < DISTINCT.length; v++) {
      List<Set<Long>> drop = new ArrayList<>();
      for (int l = 0; l < labels; l++) {
        Set<Long> s = new HashSet<>();
        int m = v == 0 ? 3 : v == 1 ? 10 : labels;
        for (int o = 0; o < labels && (v == 2 || o < m); o++) {
          int other = v == 2 ? o : nb[l][o];
          if (other != l) {
            s.addAll(ids.get(other));
          }
        }
        drop.add(s);
      }
      sparse[2 + v] = rows(full, fz, idf, labels, drop);
    }
    NeighbourScores ns = new NeighbourScores(labels, idf, cm.weights(), sparse, nb, a, b);
    // mean unit training fact, and a seeded sample of training facts, for μ and σ
    double[] mean = new double[dim];
    for (HashedFeatures x : train) {
      float[] u = ns.unit(x);
      long[] xi = x.ids();
      for (int i = 0; i < xi.length; i++) {
        mean[(int) xi[i]] += u[i] / train.size();
      }
    }
    float[][] mu = ns.dense(mean);
    List<float[][]> sample = new ArrayList<>();
    Random rnd = new Random(5);
    for (int s = 0; s < Math.min(1000, train.size()); s++) {
      sample.add(ns.components(train.get(rnd.nextInt(train.size()))));
    }
    int combo = 0;
    for (int v = 0; v < DISTINCT.length; v++) {
      for (float d : D) {
        for (float be : BETA) {
          for (float g : GAMMA) {
            float[] off = new float[labels];
            float[] iv = new float[labels];
            for (int l = 0; l < labels; l++) {
              off[l] = be * ns.combine(mu, v, d, l);
              double s1 = 0;
              double s2 = 0;
              for (float[][] sc : sample) {
                double z = ns.combine(sc, v, d, l);
                s1 += z;
                s2 += z * z;
              }
              double var = Math.max(s2 / sample.size() - (s1 / sample.size()) * (s1 / sample.size()), 1e-12);
              iv[l] = (float) Math.pow(Math.sqrt(var), -g);
            }
            ns.offset[combo] = off;
            ns.inv[combo] = iv;
            combo++;
          }
        }
      }
    }
    return ns;
  }

  int[] neighbours(int l) {
    return nb[l];
  }

  float combine(float[][] comp, int v, float d, int l) {
    return comp[0][l] + a * comp[1][l] + b * comp[2][l] + d * comp[3 + v][l];
  }

  /** The unit idf-weighted values of x (as the cosine models weight their input). */
  float[] unit(HashedFeatures x) {
    long[] ids = x.ids();
    float[] vs = x.values();
    float[] u = new float[ids.length];
    double sq = 0;
    for (int i = 0; i < ids.length; i++) {
      u[i] = vs[i] * idf[(int) ids[i]];
      sq += u[i] * u[i];
    }
    float inv1 = sq > 0 ? (float) (1 / Math.sqrt(sq)) : 0f;
    for (int i = 0; i < u.length; i++) {
      u[i] *= inv1;
    }
    return u;
  }

  /** Component scores [C, N, R, D nb3, D nb10, D all][label] of x. */
  float[][] components(HashedFeatures x) {
    float[] u = unit(x);
    long[] ids = x.ids();
    float[][] out = new float[1 + sparse.length][labels];
    for (int i = 0; i < ids.length; i++) {
      int row = (int) ids[i] * labels;
      float v = u[i];
      float[] o = out[0];
      for (int l = 0; l < labels; l++) {
        o[l] += v * c[row + l];
      }
      int[] at = sparseAt[(int) ids[i]];
      if (at != null) {
        float[] w = sparseW[(int) ids[i]];
        for (int j = 0; j < at.length; j++) {
          out[1 + at[j] / labels][at[j] % labels] += v * w[j];
        }
      }
    }
    return out;
  }

  /** Component scores of a dense input (the mean training fact). */
  float[][] dense(double[] x) {
    float[][] out = new float[1 + sparse.length][labels];
    for (int i = 0; i < x.length; i++) {
      if (x[i] == 0) {
        continue;
      }
      int row = i * labels;
      for (int l = 0; l < labels; l++) {
        out[0][l] += (float) (x[i] * c[row + l]);
        for (int s = 0; s < sparse.length; s++) {
          out[1 + s][l] += (float) (x[i] * sparse[s][row + l]);
        }
      }
    }
    return out;
  }

  /** Scores one test fact under every variant into {@code counts} (indexed like {@link #VARIANTS}). */
  void score(HashedFeatures x, int[] truth, boolean unseen, NeighbourCounts[] counts) {
    float[][] comp = components(x);
    float[] base = new float[labels];
    for (int l = 0; l < labels; l++) {
      base[l] = comp[0][l] + a * comp[1][l] + b * comp[2][l];
    }
    Integer[] order = new Integer[labels];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (p, q) -> Float.compare(base[q], base[p]));
    float[] s = new float[labels];
    float[] t = new float[labels];
    int combo = 0;
    int vi = 0;
    for (int v = 0; v < DISTINCT.length; v++) {
      for (float d : D) {
        for (int be = 0; be < BETA.length; be++) {
          for (int g = 0; g < GAMMA.length; g++) {
            float[] off = offset[combo];
            float[] iv = inv[combo];
            for (int l = 0; l < labels; l++) {
              s[l] = (base[l] + d * comp[3 + v][l] - off[l]) * iv[l];
            }
            for (float la : LAMBDA) {
              for (int l = 0; l < labels; l++) {
                t[l] = la == 0 ? s[l] : s[l] - la * (s[nb[l][0]] + s[nb[l][1]] + s[nb[l][2]]) / 3;
              }
              for (int k : TOPK) {
                int best = -1;
                int lim = k == 0 ? labels : k;
                for (int j = 0; j < lim; j++) {
                  int l = k == 0 ? j : order[j];
                  if (best < 0 || t[l] > t[best]) {
                    best = l;
                  }
                }
                counts[vi++].add(truth, best, unseen, nb);
              }
            }
            combo++;
          }
        }
      }
    }
  }

  /** Unit idf-weighted rows of texts; with {@code drop}, the ids of drop[l] are left out of label l's row. */
  static float[] rows(List<String> texts, Featurizer fz, float[] idf, int labels, List<Set<Long>> drop) {
    float[] w = new float[fz.dimension() * labels];
    for (int l = 0; l < labels; l++) {
      String t = texts.get(l);
      if (t == null || t.isBlank()) {
        continue;
      }
      HashedFeatures x = fz.fact(t);
      long[] ids = x.ids();
      float[] vs = x.values();
      double[] u = new double[ids.length];
      double sq = 0;
      for (int i = 0; i < ids.length; i++) {
        if (drop == null || !drop.get(l).contains(ids[i])) {
          u[i] = vs[i] * idf[(int) ids[i]];
          sq += u[i] * u[i];
        }
      }
      double inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
      for (int i = 0; i < ids.length; i++) {
        w[(int) ids[i] * labels + l] += (float) (u[i] * inv);
      }
    }
    return w;
  }

  /** Each label's other labels by descending cosine of their rows in {@code w} ([dim, labels]). */
  static int[][] neighbours(float[] w, int dim, int labels) {
    double[][] g = new double[labels][labels];
    double[] row = new double[labels];
    for (int i = 0; i < dim; i++) {
      boolean any = false;
      for (int l = 0; l < labels; l++) {
        row[l] = w[i * labels + l];
        any |= row[l] != 0;
      }
      if (!any) {
        continue;
      }
      for (int l = 0; l < labels; l++) {
        if (row[l] == 0) {
          continue;
        }
        for (int m = l; m < labels; m++) {
          g[l][m] += row[l] * row[m];
        }
      }
    }
    int[][] out = new int[labels][];
    for (int l = 0; l < labels; l++) {
      final int ll = l;
      Integer[] o = new Integer[labels - 1];
      int k = 0;
      for (int m = 0; m < labels; m++) {
        if (m != l) {
          o[k++] = m;
        }
      }
      double nl = Math.sqrt(Math.max(g[l][l], 1e-30));
      Arrays.sort(o, (p, q) -> {
        double cp = (ll < p ? g[ll][p] : g[p][ll]) / (nl * Math.sqrt(Math.max(g[p][p], 1e-30)));
        double cq = (ll < q ? g[ll][q] : g[q][ll]) / (nl * Math.sqrt(Math.max(g[q][q], 1e-30)));
        return cp != cq ? Double.compare(cq, cp) : Integer.compare(p, q);
      });
      out[l] = Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}
