package org.xiezhi.eval.lecard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xiezhi.indexer.rank.RankModel;
import org.xiezhi.indexer.rank.RankFeatures;

/**
 * Query-level k-fold cross-validation of the learned similar-case ranker on the dev queries (seeded
 * shuffle, {@value #FOLDS} folds): weights trained on four folds' pool lists rank the fifth fold's
 * pool, judged-only and corpus lists; every dev query is held out once. Also trains on all dev
 * queries (the weights to ship).
 */
public final class FeatureRankerCv {
  public static final int FOLDS = 5;
  public static final long SEED = 20210711L;
  public static final double L2 = 1e-3;
  public static final int ITERATIONS = 300;
  public static final double STEP = 0.05;

  /** Held-out metrics per protocol (all folds pooled), per-fold NDCG@10/@30, and the all-dev weights. */
  public record Outcome(String label, Map<String, Metrics> heldOut, Map<String, List<Metrics>> perFold,
      double[] allDevWeights) {}

  /** The features the served ranker computes: all but the reasoning BM25 (it would cost a second BM25 query). */
  public static final java.util.Set<String> SERVED_WITHOUT = java.util.Set.of("reasoning_bm25");

  private final LecardDataset data;
  private final Map<String, Map<String, FeatureLists>> lists;

  /** @param lists protocol ("pool", "judged", "corpus") → query id → feature lists */
  private final java.util.Set<String> without;
  /** Query id → candidates left out of its training lists ({@link OwnJudgments}); empty: none. */
  private Map<String, java.util.Set<String>> leaveOut = Map.of();
  private final String label;
  private final List<String> trainOn;
  /** Two stages when not null: this model orders every list, the learned one re-orders its top {@link #rerankTop}. */
  private RankModel firstStage;
  private int rerankTop;

  public FeatureRankerCv(LecardDataset data, Map<String, Map<String, FeatureLists>> lists) {
    this(data, lists, SERVED_WITHOUT, "served features, trained on the pool lists");
  }

  /** Cross-validates with the features of {@code without} left out (their weights stay 0). */
  public FeatureRankerCv(LecardDataset data, Map<String, Map<String, FeatureLists>> lists,
      java.util.Set<String> without, String label) {
    this(data, lists, without, label, List.of("pool"));
  }

  /** As above, trained on the lists of each of {@code trainOn} ("pool", "corpus"). */
  public FeatureRankerCv(LecardDataset data, Map<String, Map<String, FeatureLists>> lists,
      java.util.Set<String> without, String label, List<String> trainOn) {
    this.trainOn = trainOn;
    this.data = data;
    this.lists = lists;
    this.without = without;
    this.label = label;
  }

  /**
   * The same cross-validation of a two-stage ranker: {@code first} (fixed, e.g. the shipped rule)
   * orders each list and the weights learned on the training folds re-order its top {@code k}.
   */
  public FeatureRankerCv twoStage(RankModel first, int k, String label) {
    if (k < 1) {
      throw new IllegalArgumentException("the re-ordered top must hold at least one case, not " + k);
    }
    FeatureRankerCv cv = new FeatureRankerCv(data, lists, without, label, trainOn);
    cv.leaveOut = leaveOut;
    cv.firstStage = first;
    cv.rerankTop = k;
    return cv;
  }

  /**
   * The two-stage cross-validations {@code eval lecard --two-stage} reports: {@code first} then weights
   * trained on the pool lists re-ordering its top 10 and top 30, and weights trained on the pool and
   * corpus lists re-ordering its top 30.
   */
  public static List<Outcome> twoStages(LecardDataset data, Map<String, Map<String, FeatureLists>> lists,
      RankModel first) {
    List<Outcome> out = new ArrayList<>();
    for (int k : new int[] {10, 30}) {
      out.add(new FeatureRankerCv(data, lists).twoStage(first, k,
          "two stages: the shipped rule, then served features trained on the pool lists re-order its top " + k).run());
    }
    out.add(new FeatureRankerCv(data, lists, SERVED_WITHOUT, "", List.of("pool", "corpus")).twoStage(first, 30,
        "two stages: the shipped rule, then served features trained on the pool and corpus lists re-order its top 30").run());
    return List.copyOf(out);
  }

  /** Leaves each query's {@code leaveOut} candidates out of the training lists (not out of the scored ones). */
  public FeatureRankerCv leavingOut(Map<String, java.util.Set<String>> leaveOut) {
    this.leaveOut = leaveOut;
    return this;
  }

  public Outcome run() {
    List<LecardQuery> dev = shuffled(data.devQueries(), SEED);
    Map<String, Map<String, List<String>>> held = new LinkedHashMap<>();
    Map<String, List<Metrics>> perFold = new LinkedHashMap<>();
    for (String p : MethodScores.PROTOCOLS) {
      held.put(p, new LinkedHashMap<>());
      perFold.put(p, new ArrayList<>());
    }
    for (int f = 0; f < FOLDS; f++) {
      List<LecardQuery> train = new ArrayList<>();
      List<LecardQuery> test = new ArrayList<>();
      split(dev, FOLDS, f, train, test);
      RankModel m = new RankModel(train(train), "fold " + f);
      for (String p : MethodScores.PROTOCOLS) {
        Map<String, List<String>> fold = new LinkedHashMap<>();
        for (LecardQuery q : test) {
          FeatureLists l = lists.get(p).get(q.id());
          fold.put(q.id(), ids(firstStage == null ? l.rank(m) : l.rankTwoStage(firstStage, m, rerankTop)));
        }
        held.get(p).putAll(fold);
        perFold.get(p).add(metrics(data, fold));
      }
    }
    Map<String, Metrics> heldOut = new LinkedHashMap<>();
    held.forEach((p, runs) -> heldOut.put(p, metrics(data, runs)));
    return new Outcome(label, heldOut, perFold, train(dev));
  }

  /** Weights trained on the lists of {@link #trainOn} of {@code queries}. */
  double[] train(List<LecardQuery> queries) {
    List<PairwiseLogisticTrainer.Query> qs = new ArrayList<>();
    for (String protocol : trainOn) {
      for (LecardQuery q : queries) {
        FeatureLists l = lists.get(protocol).get(q.id()).without(leaveOut.get(q.id()));
        qs.add(new PairwiseLogisticTrainer.Query(masked(l.features(), without), grades(data, q, l)));
      }
    }
    return new PairwiseLogisticTrainer(L2, ITERATIONS, STEP).train(qs, RankFeatures.NAMES.size());
  }

  /** Each candidate's grade for query {@code q} (0 when unlabelled). */
  static int[] grades(LecardDataset data, LecardQuery q, FeatureLists l) {
    Map<String, Integer> labels = data.labels(q.id());
    int[] g = new int[l.ids().size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = labels.getOrDefault(l.ids().get(i), 0);
    }
    return g;
  }

  /** Copies of the vectors with the features named in {@code without} set to 0. */
  static double[][] masked(double[][] features, java.util.Set<String> without) {
    double[][] x = new double[features.length][];
    for (int i = 0; i < x.length; i++) {
      x[i] = features[i].clone();
      for (String f : without) {
        x[i][RankFeatures.NAMES.indexOf(f)] = 0;
      }
    }
    return x;
  }

  /** The dev metrics of {@code runs} (query id → ranked ids). */
  static Metrics metrics(LecardDataset data, Map<String, List<String>> runs) {
    Map<String, Map<String, Integer>> labels = new HashMap<>();
    runs.keySet().forEach(q -> labels.put(q, data.labels(q)));
    return Metrics.of(runs, labels, LecardEvaluation.MIN_RELEVANT_GRADE);
  }

  /** The queries in a seeded shuffle. */
  static List<LecardQuery> shuffled(List<LecardQuery> queries, long seed) {
    List<LecardQuery> out = new ArrayList<>(queries);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  /** Fold {@code f} of {@code folds}: every {@code folds}-th query from the {@code f}-th to {@code test}, the rest to {@code train}. */
  static void split(List<LecardQuery> qs, int folds, int f, List<LecardQuery> train, List<LecardQuery> test) {
    for (int i = 0; i < qs.size(); i++) {
      (i % folds == f ? test : train).add(qs.get(i));
    }
  }

  private static List<String> ids(List<ScoredDoc> docs) {
    return docs.stream().map(ScoredDoc::docId).toList();
  }

  /** Mean and (population) standard deviation of one metric over the folds. */
  public static double[] meanSd(List<Metrics> folds, String metric) {
    double sum = 0;
    for (Metrics m : folds) {
      sum += m.get(metric);
    }
    double mean = sum / folds.size();
    double sq = 0;
    for (Metrics m : folds) {
      sq += (m.get(metric) - mean) * (m.get(metric) - mean);
    }
    return new double[] {mean, Math.sqrt(sq / folds.size())};
  }
}
