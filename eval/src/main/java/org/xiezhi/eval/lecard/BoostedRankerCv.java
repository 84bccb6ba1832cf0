package org.xiezhi.eval.lecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    List<LecardQuery> dev = FeatureRankerCv.shuffled(data.devQueries(), FeatureRankerCv.SEED);
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
      FeatureRankerCv.split(dev, FeatureRankerCv.FOLDS, f, train, test);
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
    List<LecardQuery> qs = FeatureRankerCv.shuffled(queries, FeatureRankerCv.SEED + 1);
    List<Map<String, List<String>>> judged = new ArrayList<>();
    List<Map<String, List<String>>> corpus = new ArrayList<>();
    for (int b = 0; b < BETAS.length; b++) {
      judged.add(new LinkedHashMap<>());
      corpus.add(new LinkedHashMap<>());
    }
    for (int f = 0; f < INNER_FOLDS; f++) {
      List<LecardQuery> train = new ArrayList<>();
      List<LecardQuery> test = new ArrayList<>();
      FeatureRankerCv.split(qs, INNER_FOLDS, f, train, test);
      double[] linear = linear(train);
      List<RegressionTree> trees = trees(train);
      for (int b = 0; b < BETAS.length; b++) {
        RankModel m = new RankModel(scaled(linear, BETAS[b]), trees, "inner");
        judged.get(b).putAll(rank(m, "judged", test));
        corpus.get(b).putAll(rank(m, "corpus", test));
      }
    }
    int best = 0;
    double bestSum = Double.NEGATIVE_INFINITY;
    for (int b = 0; b < BETAS.length; b++) {
      double sum = metrics(judged.get(b)).ndcg10() + metrics(corpus.get(b)).ndcg10();
      if (sum > bestSum + 1e-12) {
        best = b;
        bestSum = sum;
      }
    }
    return BETAS[best];
  }

  private RankModel model(List<LecardQuery> train, double beta, String provenance) {
    return new RankModel(scaled(linear(train), beta), trees(train), provenance);
  }

  private double[] linear(List<LecardQuery> train) {
    double[] w = new FeatureRankerCv(data, lists, FeatureRankerCv.SERVED_WITHOUT, "judged-only lists", List.of("judged"))
        .leavingOut(leaveOut).train(train);
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
        qs.add(new LambdaMartTrainer.Query(FeatureRankerCv.masked(l.features(), FeatureRankerCv.SERVED_WITHOUT),
            FeatureRankerCv.grades(data, q, l), RankingMetrics.idealDcg(data.labels(q.id()), CUTOFF), TREE_LISTS.get(p)));
      }
    }
    return new LambdaMartTrainer(TREES, SHRINKAGE, DEPTH, MIN_LEAF, CUTOFF, BINS)
        .increasingIn(INCREASING.stream().mapToInt(RankFeatures.NAMES::indexOf).toArray())
        .train(qs, RankFeatures.NAMES.size());
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
    return FeatureRankerCv.metrics(data, runs);
  }

  private static double[] scaled(double[] w, double beta) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] * beta;
    }
    return out;
  }
}
