package org.xiezhi.eval.lecard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xiezhi.indexer.rank.RankFeatures;
import org.xiezhi.indexer.rank.RankModel;
import org.xiezhi.indexer.rank.RegressionTree;

/**
 * The learned similar-case ranker the product ships, cross-validated on the LeCaRD dev queries: the
 * sum of small LambdaMART trees ({@link LambdaMartTrainer}, trained on the pool, judged-only and corpus
 * lists together, so they learn both what keeps unlabelled cases down and the order among labelled
 * ones) and β × a linear function trained by pairwise logistic regression on the judged-only lists (the
 * fine order among cases that all look relevant). β is chosen from {@link #BETAS} by an inner
 * cross-validation on the training queries only, for a judge's top 10: the mean of judged-only and
 * corpus NDCG@10. Outer folds as {@link FeatureRankerCv} (seeded, query-level, each dev query held
 * out once); the model to ship is trained on all dev queries with β chosen the same way.
 */
public final class BoostedRankerCv {
  public static final int TREES = 100;
  public static final double SHRINKAGE = 0.1;
  public static final int DEPTH = 3;
  public static final int MIN_LEAF = 20;
  public static final int CUTOFF = 30;
  public static final int BINS = 64;
  /** Weight of each protocol's lists in the trees' training. */
  public static final Map<String, Double> TREE_LISTS = Map.of("pool", 1.0, "judged", 2.0, "corpus", 1.0);
  public static final double[] BETAS = {0.25, 0.5, 0.75, 1.0, 2.0};
  static final int INNER_FOLDS = 4;
  /** Features the model is kept non-decreasing in (a closer text match never ranks a case lower, all else equal). */
  public static final List<String> INCREASING = List.of("bm25", "bm25_rank");

  /** Held-out metrics per protocol, per-fold metrics, the β each outer fold chose, and the all-dev model. */
  public record Outcome(String label, Map<String, Metrics> heldOut, Map<String, List<Metrics>> perFold,
      double[] foldBetas, RankModel allDev, double allDevBeta, Map<Double, Map<String, Metrics>> fixedBeta) {}

  private final LecardDataset data;
  private final Map<String, Map<String, FeatureLists>> lists;
  private final Map<String, Set<String>> leaveOut;

  /** @param leaveOut query id → candidates left out of its training lists ({@link OwnJudgments}) */
  public BoostedRankerCv(LecardDataset data, Map<String, Map<String, FeatureLists>> lists,
      Map<String, Set<String>> leaveOut) {
    this.data = data;
    this.lists = lists;
    this.leaveOut = leaveOut;
  }

  public Outcome run() {
    List<LecardQuery> dev = shuffled(data.devQueries(), FeatureRankerCv.SEED);
    Map<String, Map<String, List<String>>> held = new LinkedHashMap<>();
    Map<String, List<Metrics>> perFold = new LinkedHashMap<>();
    MethodScores.PROTOCOLS.forEach(p -> {
      held.put(p, new LinkedHashMap<>());
      perFold.put(p, new ArrayList<>());
    });
    double[] betas = new double[FeatureRankerCv.FOLDS];
    Map<Double, Map<String, Map<String, List<String>>>> fixed = new LinkedHashMap<>();
    for (double b : BETAS) {
      Map<String, Map<String, List<String>>> byProtocol = new LinkedHashMap<>();
      MethodScores.PROTOCOLS.forEach(p -> byProtocol.put(p, new LinkedHashMap<>()));
      fixed.put(b, byProtocol);
    }
    for (int f = 0; f < FeatureRankerCv.FOLDS; f++) {
      List<LecardQuery> train = new ArrayList<>();
      List<LecardQuery> test = new ArrayList<>();
      split(dev, FeatureRankerCv.FOLDS, f, train, test);
      betas[f] = chooseBeta(train);
      double[] linear = linear(train);
      List<RegressionTree> trees = trees(train);
      for (double b : BETAS) {
        RankModel m = new RankModel(scaled(linear, b), trees, "fold " + f);
        for (String p : MethodScores.PROTOCOLS) {
          Map<String, List<String>> fold = rank(m, p, test);
          fixed.get(b).get(p).putAll(fold);
          if (b == betas[f]) {
            held.get(p).putAll(fold);
            perFold.get(p).add(metrics(fold));
          }
        }
      }
    }
    Map<Double, Map<String, Metrics>> fixedBeta = new LinkedHashMap<>();
    fixed.forEach((b, byProtocol) -> {
      Map<String, Metrics> m = new LinkedHashMap<>();
      byProtocol.forEach((p, runs) -> m.put(p, metrics(runs)));
      fixedBeta.put(b, m);
    });
    Map<String, Metrics> heldOut = new LinkedHashMap<>();
    held.forEach((p, runs) -> heldOut.put(p, metrics(runs)));
    double beta = chooseBeta(dev);
    Metrics j = heldOut.get("judged");
    Metrics c = heldOut.get("corpus");
    String provenance = String.format(Locale.ROOT,
        "xiezhi eval lecard --write-weights: %d LambdaMART trees (depth %d, shrinkage %s, at least %d cases a leaf, "
            + "NDCG@%d, monotone in bm25 and bm25_rank, trained on the pool, judged-only x2 and corpus lists without the query's own judgment) plus %s x pairwise-logistic weights trained "
            + "on the judged-only lists, all %d LeCaRD dev queries; %d-fold held-out (seed %d) judged-only NDCG@10 %.4f "
            + "@30 %.4f, corpus NDCG@10 %.4f @30 %.4f, pool NDCG@30 %.4f",
        TREES, DEPTH, SHRINKAGE, MIN_LEAF, CUTOFF, beta, dev.size(), FeatureRankerCv.FOLDS, FeatureRankerCv.SEED,
        j.ndcg10(), j.ndcg30(), c.ndcg10(), c.ndcg30(), heldOut.get("pool").ndcg30());
    return new Outcome("learned: LambdaMART trees + β × linear (the shipped form)", heldOut, perFold, betas,
        model(dev, beta, provenance), beta, fixedBeta);
  }

  /** The β of {@link #BETAS} with the best mean of judged-only and corpus NDCG@10 in an inner cross-validation. */
  double chooseBeta(List<LecardQuery> queries) {
    List<LecardQuery> qs = shuffled(queries, FeatureRankerCv.SEED + 1);
    double[] sum = new double[BETAS.length];
    Map<String, Map<String, List<String>>> runs = new HashMap<>();
    for (int b = 0; b < BETAS.length; b++) {
      runs.put(b + "judged", new LinkedHashMap<>());
      runs.put(b + "corpus", new LinkedHashMap<>());
    }
    for (int f = 0; f < INNER_FOLDS; f++) {
      List<LecardQuery> train = new ArrayList<>();
      List<LecardQuery> test = new ArrayList<>();
      split(qs, INNER_FOLDS, f, train, test);
      double[] linear = linear(train);
      List<RegressionTree> trees = trees(train);
      for (int b = 0; b < BETAS.length; b++) {
        RankModel m = new RankModel(scaled(linear, BETAS[b]), trees, "inner");
        runs.get(b + "judged").putAll(rank(m, "judged", test));
        runs.get(b + "corpus").putAll(rank(m, "corpus", test));
      }
    }
    int best = 0;
    for (int b = 0; b < BETAS.length; b++) {
      sum[b] = metrics(runs.get(b + "judged")).ndcg10() + metrics(runs.get(b + "corpus")).ndcg10();
      if (sum[b] > sum[best] + 1e-12) {
        best = b;
      }
    }
    return BETAS[best];
  }

  private RankModel model(List<LecardQuery> train, double beta, String provenance) {
    return new RankModel(scaled(linear(train), beta), trees(train), provenance);
  }

  private double[] linear(List<LecardQuery> train) {
    List<PairwiseLogisticTrainer.Query> qs = new ArrayList<>();
    for (LecardQuery q : train) {
      FeatureLists l = lists.get("judged").get(q.id()).without(leaveOut.get(q.id()));
      qs.add(new PairwiseLogisticTrainer.Query(served(l.features()), grades(q, l)));
    }
    double[] w = new PairwiseLogisticTrainer(FeatureRankerCv.L2, FeatureRankerCv.ITERATIONS, FeatureRankerCv.STEP)
        .train(qs, RankFeatures.NAMES.size());
    for (String f : INCREASING) {
      // a closer text match must never lower a score, here as in the trees
      int i = RankFeatures.NAMES.indexOf(f);
      w[i] = Math.max(0, w[i]);
    }
    return w;
  }

  private List<RegressionTree> trees(List<LecardQuery> train) {
    List<LambdaMartTrainer.Query> qs = new ArrayList<>();
    for (String p : List.of("pool", "judged", "corpus")) {
      for (LecardQuery q : train) {
        FeatureLists l = lists.get(p).get(q.id()).without(leaveOut.get(q.id()));
        qs.add(new LambdaMartTrainer.Query(served(l.features()), grades(q, l), idealDcg(q), TREE_LISTS.get(p)));
      }
    }
    return new LambdaMartTrainer(TREES, SHRINKAGE, DEPTH, MIN_LEAF, CUTOFF, BINS)
        .increasingIn(INCREASING.stream().mapToInt(RankFeatures.NAMES::indexOf).toArray())
        .train(qs, RankFeatures.NAMES.size());
  }

  private double idealDcg(LecardQuery q) {
    List<Integer> g = new ArrayList<>(data.labels(q.id()).values());
    g.sort(Collections.reverseOrder());
    double d = 0;
    for (int i = 0; i < Math.min(CUTOFF, g.size()); i++) {
      d += g.get(i) / (Math.log(i + 2) / Math.log(2));
    }
    return d;
  }

  private int[] grades(LecardQuery q, FeatureLists l) {
    Map<String, Integer> labels = data.labels(q.id());
    int[] g = new int[l.ids().size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = labels.getOrDefault(l.ids().get(i), 0);
    }
    return g;
  }

  /** The vectors with the features the served ranker does not compute set to 0. */
  private static double[][] served(double[][] features) {
    double[][] x = new double[features.length][];
    for (int i = 0; i < x.length; i++) {
      x[i] = features[i].clone();
      for (String f : FeatureRankerCv.SERVED_WITHOUT) {
        x[i][RankFeatures.NAMES.indexOf(f)] = 0;
      }
    }
    return x;
  }

  private Map<String, List<String>> rank(RankModel m, String protocol, List<LecardQuery> queries) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (LecardQuery q : queries) {
      FeatureLists l = lists.get(protocol).get(q.id());
      out.put(q.id(), l.rank(m).stream().map(ScoredDoc::docId).toList());
    }
    return out;
  }

  private Metrics metrics(Map<String, List<String>> runs) {
    Map<String, Map<String, Integer>> labels = new HashMap<>();
    runs.keySet().forEach(q -> labels.put(q, data.labels(q)));
    return Metrics.of(runs, labels, LecardEvaluation.MIN_RELEVANT_GRADE);
  }

  private static double[] scaled(double[] w, double beta) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] * beta;
    }
    return out;
  }

  private static List<LecardQuery> shuffled(List<LecardQuery> queries, long seed) {
    List<LecardQuery> out = new ArrayList<>(queries);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  private static void split(List<LecardQuery> qs, int folds, int f, List<LecardQuery> train, List<LecardQuery> test) {
    for (int i = 0; i < qs.size(); i++) {
      (i % folds == f ? test : train).add(qs.get(i));
    }
  }
}
