package org.xiezhi.eval.lecard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xiezhi.indexer.rank.SimilarCaseRanker;

/**
 * Seeded k-fold cross-validation of the ranker's charge weight over the dev queries: on each
 * training part the weight from a grid that maximises mean(pool NDCG@30 + corpus NDCG@30) is chosen
 * and applied to the held-out part; every dev query is held out once.
 */
public final class ChargeWeightCv {
  public static final int FOLDS = 5;
  public static final long SEED = 20210711L;
  public static final double[] GRID = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8, 1.0};

  /** Held-out metrics and the weight each fold chose; {@code allDev} is the grid's best on all dev queries. */
  public record Outcome(Metrics pool, Metrics corpus, List<Double> foldWeights, double allDevWeight) {}

  private final LecardDataset data;
  private final Map<String, QueryCandidates> candidates;
  private final Map<String, Set<String>> charges;

  public ChargeWeightCv(LecardDataset data, Map<String, QueryCandidates> candidates,
      Map<String, Set<String>> charges) {
    this.data = data;
    this.candidates = candidates;
    this.charges = charges;
  }

  public Outcome run() {
    List<LecardQuery> dev = new ArrayList<>(data.devQueries());
    Collections.shuffle(dev, new Random(SEED));
    // per weight, per query: the reranked pool and corpus lists
    List<Map<String, List<String>>> pool = new ArrayList<>();
    List<Map<String, List<String>>> corpus = new ArrayList<>();
    for (double w : GRID) {
      SimilarCaseRanker r = new SimilarCaseRanker(w);
      Map<String, List<String>> p = new HashMap<>();
      Map<String, List<String>> c = new HashMap<>();
      for (LecardQuery q : dev) {
        QueryCandidates qc = candidates.get(q.id());
        Set<String> ch = data.queryCharges(q);
        p.put(q.id(), ids(LecardEvaluation.rerank(r, ch, qc.pool().entrySet().stream()
            .map(e -> new ScoredDoc(e.getKey(), e.getValue())).toList(), charges)));
        c.put(q.id(), ids(LecardEvaluation.rerank(r, ch, qc.corpusTop(), charges)));
      }
      pool.add(p);
      corpus.add(c);
    }
    Map<String, List<String>> heldPool = new LinkedHashMap<>();
    Map<String, List<String>> heldCorpus = new LinkedHashMap<>();
    List<Double> chosen = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      List<LecardQuery> train = new ArrayList<>();
      List<LecardQuery> test = new ArrayList<>();
      for (int i = 0; i < dev.size(); i++) {
        (i % FOLDS == f ? test : train).add(dev.get(i));
      }
      int best = bestWeight(train, pool, corpus);
      chosen.add(GRID[best]);
      for (LecardQuery q : test) {
        heldPool.put(q.id(), pool.get(best).get(q.id()));
        heldCorpus.put(q.id(), corpus.get(best).get(q.id()));
      }
    }
    Map<String, Map<String, Integer>> labels = new HashMap<>();
    dev.forEach(q -> labels.put(q.id(), data.labels(q.id())));
    int all = bestWeight(dev, pool, corpus);
    return new Outcome(
        Metrics.of(heldPool, labels, LecardEvaluation.MIN_RELEVANT_GRADE),
        Metrics.of(heldCorpus, labels, LecardEvaluation.MIN_RELEVANT_GRADE),
        chosen, GRID[all]);
  }

  private int bestWeight(List<LecardQuery> qs, List<Map<String, List<String>>> pool,
      List<Map<String, List<String>>> corpus) {
    int best = 0;
    double bestVal = -1;
    for (int w = 0; w < GRID.length; w++) {
      double v = 0;
      for (LecardQuery q : qs) {
        Map<String, Integer> l = data.labels(q.id());
        v += RankingMetrics.ndcg(pool.get(w).get(q.id()), l, 30) + RankingMetrics.ndcg(corpus.get(w).get(q.id()), l, 30);
      }
      if (v > bestVal + 1e-12) {
        bestVal = v;
        best = w;
      }
    }
    return best;
  }

  private static List<String> ids(List<ScoredDoc> docs) {
    return docs.stream().map(ScoredDoc::docId).toList();
  }
}
