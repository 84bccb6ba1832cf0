package org.xiezhi.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.models.data.CailSample;
import org.xiezhi.models.data.ChargeNames;
import org.xiezhi.models.data.ChargeStatutes;
import org.xiezhi.models.data.JudgmentLabels;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.data.LecardTrainingSet;
import org.xiezhi.models.data.PseudoExamples;
import org.xiezhi.models.data.StatuteTexts;
import org.xiezhi.models.eval.CailScore;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;
import org.xiezhi.models.train.CatalogueCentroids;
import org.xiezhi.models.train.CentroidTrainer;
import org.xiezhi.models.train.HashedLinearModel;

/**
 * Leave-charges-out cross-validation on sample_train + LeCaRD (a development tool, run by hand):
 * the charges are split into 5 seeded folds; for each fold every example carrying one of its
 * charges is removed from training and tested (the "unseen" part), and a seeded fifth of the other
 * examples is held out too (the "seen" part). Charges must then be recovered from the catalogue and
 * statutes. sample_test is never read.
 */
public final class LeaveChargesOutExperiment {
  /** Grid of (centroid, names, conduct, names+conduct) weights. */
  static final float[][] GRID = grid();

  static float[][] grid() {
    List<float[]> g = new ArrayList<>();
    g.add(new float[] {1, 0, 0, 0, 0, 0});
    float[] ks = Boolean.getBoolean("small") ? new float[] {0} : new float[] {0, 2, 5, 10, 20};
    float[] ns = Boolean.getBoolean("small") ? new float[] {0.5f, 1, 1.5f, 2} : new float[] {2, 3, 4};
    float[] rs = Boolean.getBoolean("small") ? new float[] {0, 0.25f, 0.5f} : new float[] {0.5f, 1, 1.5f};
    for (float k : ks) {
      for (float n : ns) {
        for (float r : rs) {
          g.add(new float[] {1, n, r, 0, 0, k});
        }
      }
    }
    return g.toArray(new float[0][]);
  }
  static final String[] ARTICLE_RULES = {"centroid", "catalogue", "cooccurrence"};

  public static void main(String[] args) throws Exception {
    Path cail = SharedData.require("cail2018");
    List<String> accu = CailSample.labels(cail.resolve("accu.txt"));
    List<Integer> law = CailSample.labels(cail.resolve("law.txt")).stream().map(Integer::valueOf).toList();
    ChargeNames names = new ChargeNames(accu);
    List<LabelledFact> pool = new ArrayList<>(CailSample.read(cail.resolve("sample_train.json")));
    if (!Boolean.getBoolean("cailOnly")) {
      pool.addAll(LecardTrainingSet.read(SharedData.require("lecard"), new JudgmentLabels(names, new HashSet<>(law))).examples());
    }
    ChargeStatutes st = ChargeStatutes.read(SharedData.require("laws"), cail.resolve("accu.txt"), accu);
    System.out.println("pool " + pool.size() + ", catalogue-unmatched labels " + st.unmatched());
    List<LabelledFact> pseudo = PseudoExamples.of(accu, StatuteTexts.read(SharedData.require("laws/刑法/刑法.md")), law);
    Featurizer fz = new Featurizer(1 << 16, 3);
    List<HashedFeatures> xs = pool.stream().map(f -> fz.fact(f.fact())).toList();
    List<HashedFeatures> xp = pseudo.stream().map(f -> fz.fact(f.fact())).toList();
    Map<String, Integer> ci = new HashMap<>();
    for (int i = 0; i < accu.size(); i++) {
      ci.put(accu.get(i), i);
    }
    Map<Integer, Integer> ai = new HashMap<>();
    for (int i = 0; i < law.size(); i++) {
      ai.put(law.get(i), i);
    }
    List<String> present = new ArrayList<>(new java.util.TreeSet<>(pool.stream().flatMap(f -> f.charges().stream()).toList()));
    Collections.shuffle(present, new Random(11));
    int folds = 5;
    List<String> texts = accu.stream().map(l -> st.get(l).text()).toList();
    List<String> nameTexts = accu.stream().map(l -> st.get(l).names()).toList();
    List<String> conductTexts = accu.stream().map(l -> st.get(l).conduct()).toList();
    // results[variant] -> truth/pred lists per part (0 unseen, 1 seen)
    Map<String, List<List<Set<String>>>> cTruth = new LinkedHashMap<>();
    Map<String, List<List<Set<String>>>> cPred = new LinkedHashMap<>();
    Map<String, List<List<Set<Integer>>>> aTruth = new LinkedHashMap<>();
    Map<String, List<List<Set<Integer>>>> aPred = new LinkedHashMap<>();
    for (int k = 0; k < folds; k++) {
      Set<String> held = new HashSet<>();
      for (int i = k; i < present.size(); i += folds) {
        held.add(present.get(i));
      }
      // -Dfew=N: each held-out charge keeps a seeded 0..N-1 of its single-charge examples in
      // training (rare rather than absent, as LeCaRD shows most of sample_test's large charges)
      int[][] split = NeighbourChargesExperiment.split(pool, held, Integer.getInteger("few", 0), k);
      List<Integer> train = Arrays.stream(split[0]).boxed().toList();
      List<Integer> unseen = Arrays.stream(split[1]).boxed().toList();
      List<Integer> seen = Arrays.stream(split[2]).boxed().toList();
      List<HashedFeatures> tx = new ArrayList<>();
      List<int[]> yc = new ArrayList<>();
      List<int[]> ya = new ArrayList<>();
      Map<String, Map<Integer, Integer>> cooc = new HashMap<>();
      for (int i : train) {
        LabelledFact f = pool.get(i);
        tx.add(xs.get(i));
        yc.add(f.charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray());
        ya.add(f.articles().stream().filter(ai::containsKey).mapToInt(ai::get).toArray());
        if (f.charges().size() == 1) {
          for (int a : new HashSet<>(f.articles())) {
            cooc.computeIfAbsent(f.charges().get(0), c -> new HashMap<>()).merge(a, 1, Integer::sum);
          }
        }
      }
      for (int i = 0; i < pseudo.size(); i++) {
        LabelledFact f = pseudo.get(i);
        tx.add(xp.get(i));
        yc.add(f.charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray());
        ya.add(f.articles().stream().filter(ai::containsKey).mapToInt(ai::get).toArray());
      }
      HashedLinearModel cm = CentroidTrainer.train(tx, yc, fz.dimension(), accu.size());
      int[] count = new int[accu.size()];
      for (int i : train) {
        for (String ch : pool.get(i).charges()) {
          if (ci.containsKey(ch)) {
            count[ci.get(ch)]++;
          }
        }
      }
      HashedLinearModel am = CentroidTrainer.train(tx, ya, fz.dimension(), law.size());
      HashedLinearModel tm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(texts, fz, cm.idf()), 1);
      HashedLinearModel nm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(nameTexts, fz, cm.idf()), 1);
      HashedLinearModel rm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(conductTexts, fz, cm.idf()), 1);
      System.out.printf(Locale.ROOT, "fold %d: %d held-out charges, train %d, unseen test %d, seen test %d%n",
          k, held.size(), train.size(), unseen.size(), seen.size());
      List<List<Integer>> parts = List.of(unseen, seen);
      for (int part = 0; part < 2; part++) {
        for (int i : parts.get(part)) {
          LabelledFact f = pool.get(i);
          float[] c = cm.scores(xs.get(i));
          float[] t = minus(tm.scores(xs.get(i)), c);
          float[] n = minus(nm.scores(xs.get(i)), c);
          float[] r = minus(rm.scores(xs.get(i)), c);
          float[][] zs = {z(c), z(n), z(r), z(t)};
          int aCentroid = law.get(argmax(am.scores(xs.get(i))));
          for (float[] g : GRID) {
            float[] s = new float[c.length];
            boolean zz = g[4] > 0;
            for (int l = 0; l < c.length; l++) {
              // backoff: k > 0 scales the catalogue rows by k / (k + examples); k < 0 keeps them only
              // for labels with fewer than -k examples; k = 0 keeps them for all
              float scale = g[5] == 0 ? 1f : g[5] > 0 ? g[5] / (g[5] + count[l]) : count[l] < -g[5] ? 1f : 0f;
              // the blended models hold c + rows: the rows' cosines were recovered by subtraction
              s[l] = zz ? g[0] * zs[0][l] + g[1] * zs[1][l] + g[2] * zs[2][l] + g[3] * zs[3][l]
                  : g[0] * c[l] + scale * (g[1] * n[l] + g[2] * r[l] + g[3] * t[l]);
            }
            String top = accu.get(argmax(s));
            String cv = String.format(Locale.ROOT, "k%.0f c%.1f n%.2f r%.2f t%.1f", g[5], g[0], g[1], g[2], g[3]);
            add(cTruth, cv, part, new HashSet<>(f.charges()));
            add(cPred, cv, part, Set.of(top));
            for (String rule : ARTICLE_RULES) {
              int a = aCentroid;
              List<Integer> catArts = st.get(top).articles().stream().filter(ai::containsKey).toList();
              if (rule.equals("catalogue") && !catArts.isEmpty()) {
                a = catArts.get(0);
              } else if (rule.equals("cooccurrence")) {
                Map<Integer, Integer> co = cooc.get(top);
                if (co != null && !co.isEmpty()) {
                  a = co.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).get().getKey();
                } else if (!catArts.isEmpty()) {
                  a = catArts.get(0);
                }
              }
              String av = cv + " articles=" + rule;
              add(aTruth, av, part, new HashSet<>(f.articles()));
              add(aPred, av, part, Set.of(a));
            }
          }
        }
      }
    }
    for (String v : cTruth.keySet()) {
      System.out.printf(Locale.ROOT, "charges %-8s all %s | unseen %s | seen %s%n", v,
          fmt(CailScore.multiLabel(accu, join(cTruth.get(v)), join(cPred.get(v)))),
          fmt(CailScore.multiLabel(accu, cTruth.get(v).get(0), cPred.get(v).get(0))),
          fmt(CailScore.multiLabel(accu, cTruth.get(v).get(1), cPred.get(v).get(1))));
    }
    for (String v : aTruth.keySet()) {
      System.out.printf(Locale.ROOT, "articles %-30s all %s | unseen %s | seen %s%n", v,
          fmt(CailScore.multiLabel(law, join(aTruth.get(v)), join(aPred.get(v)))),
          fmt(CailScore.multiLabel(law, aTruth.get(v).get(0), aPred.get(v).get(0))),
          fmt(CailScore.multiLabel(law, aTruth.get(v).get(1), aPred.get(v).get(1))));
    }
  }

  static <T> void add(Map<String, List<List<Set<T>>>> m, String v, int part, Set<T> s) {
    m.computeIfAbsent(v, x -> List.of(new ArrayList<>(), new ArrayList<>())).get(part).add(s);
  }

  static <T> List<T> join(List<List<T>> parts) {
    List<T> out = new ArrayList<>();
    parts.forEach(out::addAll);
    return out;
  }

  static String fmt(CailScore.F1 f) {
    return String.format(Locale.ROOT, "%.4f (%.4f/%.4f)", f.score(), f.micro(), f.macro());
  }

  static float[] minus(float[] a, float[] b) {
    float[] o = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      o[i] = a[i] - b[i];
    }
    return o;
  }

  /** Standardised scores across labels (mean 0, deviation 1). */
  static float[] z(float[] a) {
    double m = 0;
    for (float v : a) {
      m += v;
    }
    m /= a.length;
    double sq = 0;
    for (float v : a) {
      sq += (v - m) * (v - m);
    }
    double sd = Math.sqrt(sq / a.length);
    float[] o = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      o[i] = sd > 0 ? (float) ((a[i] - m) / sd) : 0f;
    }
    return o;
  }

  static int argmax(float[] s) {
    int b = 0;
    for (int i = 1; i < s.length; i++) {
      if (s[i] > s[b]) {
        b = i;
      }
    }
    return b;
  }
}
