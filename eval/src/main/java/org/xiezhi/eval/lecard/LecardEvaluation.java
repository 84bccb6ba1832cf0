package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.indexer.rank.RankCandidate;
import org.xiezhi.indexer.rank.RankedCase;
import org.xiezhi.indexer.rank.ChargeOverlapFusion;
import org.xiezhi.indexer.rank.RankModel;

/**
 * Runs every similar-case method on LeCaRD for all queries under both protocols (pool: rerank the
 * query's own pool; corpus: top {@value #CORPUS_DEPTH} over all judgments) and scores the dev
 * queries. Methods: the plain char-bigram BM25 baseline (Lucene CJKAnalyzer, k1 0.9, b 0.4, basic
 * facts), BM25 under each of the product's analyzers (same k1, b, field), and the default method
 * ({@link ChargeOverlapFusion}: {@link #DEFAULT_BASE} plus charge overlap, on the pool or on that
 * method's corpus top {@value #CORPUS_DEPTH}).
 */
public final class LecardEvaluation {
  public static final int CORPUS_DEPTH = 100;
  static final float K1 = 0.9f;
  static final float B = 0.4f;
  /** Relevance for P@5 and MAP: grade ≥ 2 (of 0–3). */
  public static final int MIN_RELEVANT_GRADE = 2;
  public static final String BASELINE = "bm25-bigram-baseline";
  public static final String BM25_BIGRAM = "bm25-cjk-bigram";
  public static final String BM25_HANLP = "bm25-hanlp";
  /** The keyword method the default reranks. */
  public static final String DEFAULT_BASE = BM25_BIGRAM;
  /** The previous default: BM25 plus charge overlap ({@link ChargeOverlapFusion}). */
  public static final String CHARGES = "bm25-cjk-bigram+charges";
  /** The default: the shipped learned ranker (trees + linear) over {@link org.xiezhi.indexer.rank.RankFeatures}. */
  public static final String DEFAULT = "default:features-learned";
  /** The default's form (trees + β × linear) cross-validated: every dev query ranked by weights trained without it. */
  public static final String LEARNED_HELD_OUT = "default's form, 5-fold held-out (trees + beta x linear)";
  /** SAILER's public run over the pools, scored by the same code (no corpus run). */
  public static final String SAILER = "sailer (public run)";

  /** Everything one evaluation produced. */
  public record Result(
      List<MethodScores> scores,
      Map<String, Map<String, List<ScoredDoc>>> poolRuns,
      Map<String, Map<String, List<ScoredDoc>>> corpusRuns,
      ChargeWeightCv.Outcome cv,
      FeatureRankerCv.Outcome featureCv,
      FeatureRankerCv.Outcome allFeaturesCv,
      FeatureRankerCv.Outcome judgedCv,
      BoostedRankerCv.Outcome boostedCv,
      List<FeatureRankerCv.Outcome> twoStageCvs,
      Map<String, Map<String, FeatureLists>> featureLists,
      DenseSubsetEvaluation.Outcome dense) {
    public MethodScores scores(String method) {
      return scores.stream().filter(s -> s.method().equals(method)).findFirst().orElseThrow();
    }
  }

  private final LecardDataset data;
  private final double chargeWeight;
  private final PrintStream log;
  private int denseQueries;
  private boolean longText;
  private boolean twoStage;
  private java.util.function.Supplier<TextEmbedder> embedder;

  public LecardEvaluation(LecardDataset data, double chargeWeight, PrintStream log) {
    this.data = data;
    this.chargeWeight = chargeWeight;
    this.log = log;
  }

  /** Also runs the dense and hybrid methods on {@code queries} dev queries (pool protocol). */
  public LecardEvaluation withDense(int queries, java.util.function.Supplier<TextEmbedder> embedder) {
    this.denseQueries = queries;
    this.embedder = embedder;
    return this;
  }

  /** With {@link #withDense}: also compares the long-text strategies of the index (first window, chunk mean, chunk max). */
  public LecardEvaluation withLongTextStrategies(boolean on) {
    this.longText = on;
    return this;
  }

  /** Also cross-validates the two-stage rankers (the shipped rule, then learned weights on its top 10 or 30). */
  public LecardEvaluation withTwoStage(boolean on) {
    this.twoStage = on;
    return this;
  }

  public Result run() throws IOException {
    long t0 = System.nanoTime();
    List<String> rejects = new ArrayList<>();
    List<LecardJudgment> judgments = data.judgments(rejects);
    Map<String, Set<String>> charges = new HashMap<>();
    int noCharge = 0;
    for (LecardJudgment j : judgments) {
      charges.put(j.docId(), j.charges());
      noCharge += j.charges().isEmpty() ? 1 : 0;
    }
    log.printf(Locale.ROOT, "read %d judgments (%d rejected, %d without a charge found) in %.1f s%n",
        judgments.size(), rejects.size(), noCharge, secs(t0));
    rejects.forEach(r -> log.println("  rejected " + r));

    Map<String, Map<String, QueryCandidates>> keyword = new LinkedHashMap<>();
    keyword.put(BASELINE, search(judgments, new CJKAnalyzer(), "Lucene CJKAnalyzer (baseline)"));
    keyword.put(BM25_BIGRAM, search(judgments, new BigramAnalyzer(), BigramAnalyzer.NAME));
    keyword.put(BM25_HANLP, search(judgments,
        new HanLpAnalyzer(LegalDictionary.withChargeFiles(List.of(data.dir().resolve("criminal_charges.txt")))),
        HanLpAnalyzer.NAME));

    Map<String, Map<String, List<ScoredDoc>>> poolRuns = new LinkedHashMap<>();
    Map<String, Map<String, List<ScoredDoc>>> corpusRuns = new LinkedHashMap<>();
    keyword.forEach((method, cands) -> {
      Map<String, List<ScoredDoc>> pool = new LinkedHashMap<>();
      Map<String, List<ScoredDoc>> corpus = new LinkedHashMap<>();
      cands.forEach((qid, c) -> {
        pool.put(qid, sortByScore(c.pool()));
        corpus.put(qid, c.corpusTop());
      });
      poolRuns.put(method, pool);
      corpusRuns.put(method, corpus);
    });

    Map<String, QueryCandidates> base = keyword.get(DEFAULT_BASE);
    ChargeOverlapFusion ranker = new ChargeOverlapFusion(chargeWeight);
    Map<String, List<ScoredDoc>> defPool = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> defCorpus = new LinkedHashMap<>();
    for (LecardQuery q : data.queries()) {
      QueryCandidates c = base.get(q.id());
      Set<String> qc = data.queryCharges(q);
      defPool.put(q.id(), rerank(ranker, qc, c.pool().entrySet().stream()
          .map(e -> new ScoredDoc(e.getKey(), e.getValue())).toList(), charges));
      defCorpus.put(q.id(), rerank(ranker, qc, c.corpusTop(), charges));
    }
    poolRuns.put(CHARGES, defPool);
    corpusRuns.put(CHARGES, defCorpus);

    Map<String, LecardJudgment> byId = new HashMap<>();
    judgments.forEach(j -> byId.put(j.docId(), j));
    Map<String, Map<String, FeatureLists>> lists = featureLists(judgments, base, byId);
    Map<String, Set<String>> own = OwnJudgments.find(data, base, byId);
    log.printf(Locale.ROOT, "own judgments of %d queries among their corpus candidates, left out of training lists: %s%n",
        own.size(), own);
    RankModel model = RankModel.shipped();
    Map<String, Map<String, List<ScoredDoc>>> judgedRuns = new LinkedHashMap<>();
    poolRuns.forEach((m, run) -> judgedRuns.put(m, ReferenceRuns.judgedOnly(data, run)));
    for (String p : MethodScores.PROTOCOLS) {
      Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
      lists.get(p).forEach((qid, l) -> run.put(qid, l.rank(model)));
      (p.equals("pool") ? poolRuns : p.equals("corpus") ? corpusRuns : judgedRuns).put(DEFAULT, run);
    }
    Map<String, List<ScoredDoc>> sailer = ReferenceRuns.sailerPool(data);
    poolRuns.put(SAILER, sailer);
    judgedRuns.put(SAILER, ReferenceRuns.judgedOnly(data, sailer));

    List<MethodScores> scores = new ArrayList<>();
    for (String m : poolRuns.keySet()) {
      scores.add(new MethodScores(m, score(poolRuns.get(m)), score(judgedRuns.get(m)),
          corpusRuns.containsKey(m) ? score(corpusRuns.get(m)) : null));
    }
    ChargeWeightCv.Outcome cv = new ChargeWeightCv(data, base, charges).run();
    long tcv = System.nanoTime();
    FeatureRankerCv.Outcome featureCv = new FeatureRankerCv(data, lists).leavingOut(own).run();
    FeatureRankerCv.Outcome allFeaturesCv = new FeatureRankerCv(data, lists, FeatureRankerCv.SERVED_WITHOUT,
        "served features, trained on the pool and corpus lists", List.of("pool", "corpus")).leavingOut(own).run();
    FeatureRankerCv.Outcome judgedCv = new FeatureRankerCv(data, lists, FeatureRankerCv.SERVED_WITHOUT,
        "served features, trained on the judged-only lists", List.of("judged")).leavingOut(own).run();
    BoostedRankerCv.Outcome boostedCv = new BoostedRankerCv(data, lists, own).run();
    scores.add(new MethodScores(LEARNED_HELD_OUT, boostedCv.heldOut().get("pool"), boostedCv.heldOut().get("judged"),
        boostedCv.heldOut().get("corpus")));
    List<FeatureRankerCv.Outcome> twoStages = twoStage ? FeatureRankerCv.twoStages(data, lists, model) : List.of();
    log.printf(Locale.ROOT, "feature ranker cross-validated in %.1f s%n", secs(tcv));
    DenseSubsetEvaluation.Outcome dense = null;
    if (denseQueries > 0) {
      Map<String, String> facts = new HashMap<>();
      judgments.forEach(j -> facts.put(j.docId(), j.facts()));
      try (TextEmbedder e = embedder.get()) {
        dense = new DenseSubsetEvaluation(data, base, charges, facts, chargeWeight).withLongTextStrategies(longText)
            .run(e, denseQueries, log);
      }
    }
    log.printf(Locale.ROOT, "evaluation done in %.1f s%n", secs(t0));
    return new Result(scores, poolRuns, corpusRuns, cv, featureCv, allFeaturesCv, judgedCv, boostedCv, twoStages,
        lists, dense);
  }

  private Map<String, QueryCandidates> search(List<LecardJudgment> judgments, Analyzer analyzer, String name)
      throws IOException {
    long t1 = System.nanoTime();
    Map<String, QueryCandidates> out = new LinkedHashMap<>();
    try (FactsBm25Index index = new FactsBm25Index(judgments, analyzer, K1, B)) {
      log.printf(Locale.ROOT, "indexed facts with %s (BM25 k1 %.1f b %.1f) in %.1f s%n", name, K1, B, secs(t1));
      long t2 = System.nanoTime();
      for (LecardQuery q : data.queries()) {
        out.put(q.id(), new QueryCandidates(index.scorePool(q.facts(), data.pool(q.id())),
            index.top(q.facts(), CORPUS_DEPTH)));
      }
      log.printf(Locale.ROOT, "  searched %d queries (pool + corpus) in %.1f s%n", data.queries().size(), secs(t2));
    }
    return out;
  }

  /**
   * The default method's dev scores (pool, judged-only, corpus) with the keyword stage of
   * {@code retriever} (e.g. the same facts in another backend) and the court's reasoning scored by
   * {@code reasoning} (null: not scored); {@code judgments} by id.
   */
  public MethodScores defaultScores(KeywordRetriever retriever, KeywordRetriever reasoning,
      Map<String, LecardJudgment> judgments) {
    RankModel model = RankModel.shipped();
    Map<String, List<ScoredDoc>> pool = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> judged = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> corpus = new LinkedHashMap<>();
    for (LecardQuery q : data.devQueries()) {
      QueryCandidates c = new QueryCandidates(retriever.scorePool(q.facts(), data.pool(q.id())),
          retriever.top(q.facts(), CORPUS_DEPTH));
      Map<String, FeatureLists> l = listsOf(q, c, reasoning, judgments);
      pool.put(q.id(), l.get("pool").rank(model));
      judged.put(q.id(), l.get("judged").rank(model));
      corpus.put(q.id(), l.get("corpus").rank(model));
    }
    return new MethodScores(DEFAULT, score(pool), score(judged), score(corpus));
  }

  private Map<String, Map<String, FeatureLists>> featureLists(List<LecardJudgment> judgments,
      Map<String, QueryCandidates> base, Map<String, LecardJudgment> byId) throws IOException {
    long t = System.nanoTime();
    List<LecardJudgment> reasons = judgments.stream()
        .map(j -> new LecardJudgment(j.docId(), j.reasoning(), j.charges(), j.reasoning(), j.profile())).toList();
    Map<String, Map<String, FeatureLists>> out = new LinkedHashMap<>();
    MethodScores.PROTOCOLS.forEach(p -> out.put(p, new LinkedHashMap<>()));
    try (FactsBm25Index reasoning = new FactsBm25Index(reasons, new BigramAnalyzer(), K1, B)) {
      for (LecardQuery q : data.queries()) {
        listsOf(q, base.get(q.id()), reasoning, byId).forEach((p, l) -> out.get(p).put(q.id(), l));
      }
    }
    log.printf(Locale.ROOT, "feature lists (reasoning BM25, profiles) in %.1f s%n", secs(t));
    return out;
  }

  /** The query's feature lists per protocol; "judged" only for a dev query. */
  private Map<String, FeatureLists> listsOf(LecardQuery q, QueryCandidates c, KeywordRetriever reasoning,
      Map<String, LecardJudgment> byId) {
    Set<String> qc = data.queryCharges(q);
    List<ScoredDoc> pool = c.pool().entrySet().stream().map(e -> new ScoredDoc(e.getKey(), e.getValue())).toList();
    Map<String, Double> rPool = reasoning == null ? Map.of() : reasoning.scorePool(q.facts(), data.pool(q.id()));
    Map<String, FeatureLists> out = new LinkedHashMap<>();
    out.put("pool", FeatureLists.of(q, qc, pool, rPool, byId, c.corpusTop()));
    if (!data.testIds().contains(q.id()) && data.devQueries().contains(q)) {
      Set<String> labelled = data.labels(q.id()).keySet();
      out.put("judged", FeatureLists.of(q, qc, pool.stream().filter(d -> labelled.contains(d.docId())).toList(),
          rPool, byId, c.corpusTop()));
    }
    List<String> top = c.corpusTop().stream().map(ScoredDoc::docId).toList();
    out.put("corpus", FeatureLists.of(q, qc, c.corpusTop(),
        reasoning == null ? Map.of() : reasoning.scorePool(q.facts(), top), byId, c.corpusTop()));
    return out;
  }

  /** Dev metrics of a run over all queries (test queries are left out: they have no labels here). */
  Metrics score(Map<String, List<ScoredDoc>> run) {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> labels = new HashMap<>();
    for (LecardQuery q : data.devQueries()) {
      ids.put(q.id(), run.get(q.id()).stream().map(ScoredDoc::docId).toList());
      labels.put(q.id(), data.labels(q.id()));
    }
    return Metrics.of(ids, labels, MIN_RELEVANT_GRADE);
  }

  static List<ScoredDoc> rerank(ChargeOverlapFusion ranker, Set<String> queryCharges, List<ScoredDoc> docs,
      Map<String, Set<String>> charges) {
    List<RankCandidate> cands = new ArrayList<>(docs.size());
    for (ScoredDoc d : docs) {
      cands.add(new RankCandidate(d.docId(), d.score(), charges.getOrDefault(d.docId(), Set.of())));
    }
    List<ScoredDoc> out = new ArrayList<>(cands.size());
    for (RankedCase r : ranker.rank(queryCharges, cands)) {
      out.add(new ScoredDoc(r.docId(), r.score()));
    }
    return out;
  }

  private static List<ScoredDoc> sortByScore(Map<String, Double> scores) {
    List<ScoredDoc> out = new ArrayList<>();
    scores.forEach((id, s) -> out.add(new ScoredDoc(id, s)));
    out.sort(Comparator.comparingDouble(ScoredDoc::score).reversed());
    return out;
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
