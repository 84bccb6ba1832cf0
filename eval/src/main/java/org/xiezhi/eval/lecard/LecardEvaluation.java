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
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.xiezhi.indexer.rank.RankCandidate;
import org.xiezhi.indexer.rank.RankedCase;
import org.xiezhi.indexer.rank.SimilarCaseRanker;

/**
 * Runs every similar-case method on LeCaRD for all queries under both protocols (pool: rerank the
 * query's own pool; corpus: top {@value #CORPUS_DEPTH} over all judgments) and scores the dev
 * queries. Methods: the plain char-bigram BM25 baseline (Lucene CJKAnalyzer, k1 0.9, b 0.4, basic
 * facts) and the default method ({@link SimilarCaseRanker}: the same BM25 plus charge overlap, on
 * the pool or on the baseline's corpus top {@value #CORPUS_DEPTH}).
 */
public final class LecardEvaluation {
  public static final int CORPUS_DEPTH = 100;
  /** Relevance for P@5 and MAP: grade ≥ 2 (of 0–3). */
  public static final int MIN_RELEVANT_GRADE = 2;
  public static final String BASELINE = "bm25-bigram-baseline";
  public static final String DEFAULT = "default:bm25-bigram+charges";

  /** Everything one evaluation produced. */
  public record Result(
      List<MethodScores> scores,
      Map<String, Map<String, List<ScoredDoc>>> poolRuns,
      Map<String, Map<String, List<ScoredDoc>>> corpusRuns,
      ChargeWeightCv.Outcome cv) {
    public MethodScores scores(String method) {
      return scores.stream().filter(s -> s.method().equals(method)).findFirst().orElseThrow();
    }
  }

  private final LecardDataset data;
  private final double chargeWeight;
  private final PrintStream log;

  public LecardEvaluation(LecardDataset data, double chargeWeight, PrintStream log) {
    this.data = data;
    this.chargeWeight = chargeWeight;
    this.log = log;
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

    long t1 = System.nanoTime();
    Map<String, QueryCandidates> bigram = new LinkedHashMap<>();
    try (FactsBm25Index index = new FactsBm25Index(judgments, new CJKAnalyzer(), 0.9f, 0.4f)) {
      log.printf(Locale.ROOT, "indexed facts (CJK bigram, BM25 k1 0.9 b 0.4) in %.1f s%n", secs(t1));
      long t2 = System.nanoTime();
      for (LecardQuery q : data.queries()) {
        bigram.put(q.id(), new QueryCandidates(index.scorePool(q.facts(), data.pool(q.id())),
            index.top(q.facts(), CORPUS_DEPTH)));
      }
      log.printf(Locale.ROOT, "searched %d queries (pool + corpus) in %.1f s%n", data.queries().size(), secs(t2));
    }

    Map<String, Map<String, List<ScoredDoc>>> poolRuns = new LinkedHashMap<>();
    Map<String, Map<String, List<ScoredDoc>>> corpusRuns = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> basePool = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> baseCorpus = new LinkedHashMap<>();
    bigram.forEach((qid, c) -> {
      basePool.put(qid, sortByScore(c.pool()));
      baseCorpus.put(qid, c.corpusTop());
    });
    poolRuns.put(BASELINE, basePool);
    corpusRuns.put(BASELINE, baseCorpus);

    SimilarCaseRanker ranker = new SimilarCaseRanker(chargeWeight);
    Map<String, List<ScoredDoc>> defPool = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> defCorpus = new LinkedHashMap<>();
    for (LecardQuery q : data.queries()) {
      QueryCandidates c = bigram.get(q.id());
      Set<String> qc = data.queryCharges(q);
      defPool.put(q.id(), rerank(ranker, qc, c.pool().entrySet().stream()
          .map(e -> new ScoredDoc(e.getKey(), e.getValue())).toList(), charges));
      defCorpus.put(q.id(), rerank(ranker, qc, c.corpusTop(), charges));
    }
    poolRuns.put(DEFAULT, defPool);
    corpusRuns.put(DEFAULT, defCorpus);

    List<MethodScores> scores = new ArrayList<>();
    for (String m : poolRuns.keySet()) {
      scores.add(new MethodScores(m, score(poolRuns.get(m)), score(corpusRuns.get(m))));
    }
    ChargeWeightCv.Outcome cv = new ChargeWeightCv(data, bigram, charges).run();
    log.printf(Locale.ROOT, "evaluation done in %.1f s%n", secs(t0));
    return new Result(scores, poolRuns, corpusRuns, cv);
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

  static List<ScoredDoc> rerank(SimilarCaseRanker ranker, Set<String> queryCharges, List<ScoredDoc> docs,
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
