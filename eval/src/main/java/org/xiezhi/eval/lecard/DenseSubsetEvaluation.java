package org.xiezhi.eval.lecard;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xiezhi.indexer.LongTextStrategy;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.indexer.rank.ChargeOverlapFusion;

/**
 * The dense and hybrid methods on the pool protocol for a seeded subset of the dev queries (embedding
 * all 9,088 judgments takes many minutes on two cores): each pool member's facts and the query facts
 * are embedded, the dense score is the dot product of the normalised vectors. Compared on the same
 * queries with BM25 and the default method. Hybrids: min-max fusion with dense weight
 * {@value #DENSE_WEIGHT}, reciprocal rank fusion (k {@value #RRF_K}), and the default method with the
 * min-max hybrid in place of BM25.
 */
public final class DenseSubsetEvaluation {
  public static final double DENSE_WEIGHT = 0.3;
  public static final int RRF_K = 60;
  public static final long SEED = 20210711L;

  /** The subset's scores per method (pool protocol), and what was embedded. */
  public record Outcome(Map<String, Metrics> pool, int queries, int documents, double embedSeconds) {}

  private final LecardDataset data;
  private final Map<String, QueryCandidates> bm25;
  private final Map<String, Set<String>> charges;
  private final Map<String, String> facts;
  private final double chargeWeight;

  public DenseSubsetEvaluation(LecardDataset data, Map<String, QueryCandidates> bm25,
      Map<String, Set<String>> charges, Map<String, String> facts, double chargeWeight) {
    this.data = data;
    this.bm25 = bm25;
    this.charges = charges;
    this.facts = facts;
    this.chargeWeight = chargeWeight;
  }

  /** Window of the long-text strategies, in characters: the index's default (the model reads 512 tokens). */
  static final int WINDOW_CHARS = 510;
  private boolean longText;

  /** Also scores dense retrieval with each {@link LongTextStrategy} over windows of {@link #WINDOW_CHARS}. */
  public DenseSubsetEvaluation withLongTextStrategies(boolean on) {
    this.longText = on;
    return this;
  }

  /** Per strategy, each judgment's vector pooled from its windows' vectors. */
  private Map<String, Map<String, float[]>> longTextVectors(TextEmbedder embedder, List<String> ids, PrintStream log) {
    Map<String, Map<String, float[]>> out = new LinkedHashMap<>();
    if (!longText) {
      return out;
    }
    long t0 = System.nanoTime();
    List<String> flat = new ArrayList<>();
    List<String> owner = new ArrayList<>();
    for (String id : ids) {
      for (String w : LongTextStrategy.CHUNK_MEAN.windows(facts.getOrDefault(id, ""), WINDOW_CHARS)) {
        flat.add(w);
        owner.add(id);
      }
    }
    Map<String, List<float[]>> windows = new HashMap<>();
    for (int i = 0; i < flat.size(); i += 32) {
      List<float[]> v = embedder.embed(flat.subList(i, Math.min(flat.size(), i + 32)));
      for (int j = 0; j < v.size(); j++) {
        windows.computeIfAbsent(owner.get(i + j), k -> new ArrayList<>()).add(v.get(j));
      }
    }
    for (LongTextStrategy st : LongTextStrategy.values()) {
      Map<String, float[]> m = new HashMap<>();
      // TRUNCATE is the first window: the first WINDOW_CHARS characters
      windows.forEach((id, vs) -> m.put(id, st == LongTextStrategy.TRUNCATE ? vs.get(0) : st.pool(vs)));
      out.put("dense[" + st.label() + ", " + WINDOW_CHARS + " chars]", m);
    }
    log.printf(Locale.ROOT, "long-text strategies: %d windows of %d judgments (%.2f per judgment) embedded in %.1f s%n",
        flat.size(), ids.size(), flat.size() / (double) Math.max(1, ids.size()), (System.nanoTime() - t0) / 1e9);
    return out;
  }

  public Outcome run(TextEmbedder embedder, int queryCount, PrintStream log) {
    List<LecardQuery> dev = new ArrayList<>(data.devQueries());
    Collections.shuffle(dev, new Random(SEED));
    List<LecardQuery> qs = dev.subList(0, Math.min(queryCount, dev.size()));
    Set<String> docs = new LinkedHashSet<>();
    qs.forEach(q -> docs.addAll(data.pool(q.id())));
    List<String> ids = new ArrayList<>(docs);
    long t0 = System.nanoTime();
    Map<String, float[]> vec = new HashMap<>();
    int batch = 32;
    for (int i = 0; i < ids.size(); i += batch) {
      List<String> part = ids.subList(i, Math.min(ids.size(), i + batch));
      List<float[]> v = embedder.embed(part.stream().map(id -> facts.getOrDefault(id, "")).toList());
      for (int j = 0; j < part.size(); j++) {
        vec.put(part.get(j), v.get(j));
      }
    }
    Map<String, float[]> qvec = new HashMap<>();
    List<float[]> qv = embedder.embed(qs.stream().map(LecardQuery::facts).toList());
    for (int j = 0; j < qs.size(); j++) {
      qvec.put(qs.get(j).id(), qv.get(j));
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    log.printf(Locale.ROOT, "embedded %d judgments and %d queries with %s in %.1f s%n",
        ids.size(), qs.size(), embedder.modelId(), secs);

    Map<String, Map<String, float[]>> strategies = longTextVectors(embedder, ids, log);
    Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
    ChargeOverlapFusion fusion = new ChargeOverlapFusion(chargeWeight);
    Map<String, Map<String, Integer>> labels = new HashMap<>();
    for (LecardQuery q : qs) {
      labels.put(q.id(), data.labels(q.id()));
      Map<String, Double> kw = bm25.get(q.id()).pool();
      Map<String, Double> dn = new LinkedHashMap<>();
      for (String d : data.pool(q.id())) {
        dn.put(d, dot(qvec.get(q.id()), vec.get(d)));
      }
      Map<String, Double> kwN = minMax(kw);
      Map<String, Double> dnN = minMax(dn);
      Map<String, Double> hybrid = new LinkedHashMap<>();
      kw.keySet().forEach(d -> hybrid.put(d, (1 - DENSE_WEIGHT) * kwN.get(d) + DENSE_WEIGHT * dnN.get(d)));
      Map<String, Double> rrf = rrf(kw, dn);
      Set<String> qc = data.queryCharges(q);
      put(runs, LecardEvaluation.DEFAULT_BASE, q.id(), order(kw));
      put(runs, "dense", q.id(), order(dn));
      for (Map.Entry<String, Map<String, float[]>> st : strategies.entrySet()) {
        Map<String, Double> ds = new LinkedHashMap<>();
        for (String d : data.pool(q.id())) {
          ds.put(d, dot(qvec.get(q.id()), st.getValue().get(d)));
        }
        put(runs, st.getKey(), q.id(), order(ds));
      }
      put(runs, "hybrid-minmax(dense 0.3)", q.id(), order(hybrid));
      put(runs, "hybrid-rrf(k 60)", q.id(), order(rrf));
      put(runs, LecardEvaluation.DEFAULT, q.id(), ids(LecardEvaluation.rerank(fusion, qc, docsOf(kw), charges)));
      put(runs, "hybrid-minmax+charges", q.id(), ids(LecardEvaluation.rerank(fusion, qc, docsOf(hybrid), charges)));
    }
    Map<String, Metrics> out = new LinkedHashMap<>();
    runs.forEach((m, r) -> out.put(m, Metrics.of(r, labels, LecardEvaluation.MIN_RELEVANT_GRADE)));
    return new Outcome(out, qs.size(), ids.size(), secs);
  }

  private static void put(Map<String, Map<String, List<String>>> runs, String m, String q, List<String> r) {
    runs.computeIfAbsent(m, k -> new LinkedHashMap<>()).put(q, r);
  }

  private static List<ScoredDoc> docsOf(Map<String, Double> scores) {
    List<ScoredDoc> out = new ArrayList<>();
    scores.forEach((d, s) -> out.add(new ScoredDoc(d, s)));
    return out;
  }

  private static List<String> ids(List<ScoredDoc> docs) {
    return docs.stream().map(ScoredDoc::docId).toList();
  }

  private static List<String> order(Map<String, Double> scores) {
    List<Map.Entry<String, Double>> e = new ArrayList<>(scores.entrySet());
    e.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    return e.stream().map(Map.Entry::getKey).toList();
  }

  private static Map<String, Double> minMax(Map<String, Double> s) {
    double lo = s.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double hi = s.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<String, Double> out = new LinkedHashMap<>();
    s.forEach((d, v) -> out.put(d, hi > lo ? (v - lo) / (hi - lo) : 0));
    return out;
  }

  private static Map<String, Double> rrf(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> out = new LinkedHashMap<>();
    a.keySet().forEach(d -> out.put(d, 0.0));
    for (Map<String, Double> s : List.of(a, b)) {
      List<String> o = order(s);
      for (int r = 0; r < o.size(); r++) {
        out.merge(o.get(r), 1.0 / (RRF_K + r + 1), Double::sum);
      }
    }
    return out;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
