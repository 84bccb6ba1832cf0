package org.xiezhi.indexer.solr;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.CaseHit;
import org.xiezhi.indexer.Fusion;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.SearchParts;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SearchResult;
import org.xiezhi.indexer.SimilarCase;
import org.xiezhi.indexer.SimilarCaseRanker;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.SimilarResult;
import org.xiezhi.indexer.StatuteRef;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.indexer.backend.SearchBackend;
import org.xiezhi.inference.TextEmbedder;

/**
 * A SolrCloud collection (schema and analysis from {@link SolrConfigset}) as a
 * {@link SearchBackend}: the same requests give the same answers as the embedded index. BM25 runs
 * in Solr with distributed statistics; queries are analysed here with the collection's dictionary
 * and sent as exact terms; kNN asks each shard for k and keeps the global top k by score; the
 * similar-case ranker, hybrid fusion, facet ordering and highlighting (over the stored records)
 * are the embedded index's own code. Writes are buffered and sent in batches; {@link #commit}
 * sends what is buffered and commits (a write is acknowledged when commit returns).
 */
public final class SolrBackend implements SearchBackend {
  private static final int WRITE_BATCH = 256;
  private static final int FACET_TOP = 10;

  private final SolrClient client;
  private final boolean ownsClient;
  private final String collection;
  private final String describe;
  private final IndexMeta meta;
  private final LegalDictionary dict;
  private final SearchParts parts;
  private final TextEmbedder embedder;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private volatile SimilarCaseRanker ranker;
  private volatile boolean defaultRanker = true;

  SolrBackend(SolrClient client, boolean ownsClient, String collection, String describe, IndexMeta meta,
      LegalDictionary dict, TextEmbedder embedder) throws IOException {
    this.client = client;
    this.ownsClient = ownsClient;
    this.collection = collection;
    this.describe = describe;
    this.meta = meta;
    this.dict = dict;
    this.embedder = embedder;
    if (embedder != null && meta.embeddingModel() != null) {
      meta.requireModel(embedder.modelId());
    }
    this.parts = new SearchParts(dict);
    this.ranker = SearchParts.defaultRanker(dict, indexedCharges());
  }

  /**
   * Opens an existing collection; the index metadata and dictionary are read from its configset.
   * {@code embedder} may be null (keyword search only). The client is closed with the backend.
   */
  public static SolrBackend open(CloudSolrClient client, String collection, TextEmbedder embedder) throws IOException {
    if (!SolrCluster.exists(client, collection)) {
      throw new IOException("no collection " + collection + " in SolrCloud");
    }
    IndexMeta meta = Json.mapper().readValue(SolrCluster.configFile(client, collection, SolrConfigset.META), IndexMeta.class);
    LegalDictionary dict = LegalDictionary.exactly(
        SolrCluster.configFile(client, collection, SolrConfigset.DICTIONARY).lines().toList());
    return new SolrBackend(client, true, collection, "solr " + collection, meta, dict, embedder);
  }

  /** Opens collection {@code collection} of the SolrCloud at {@code zkHost} ({@code HOST:PORT[/chroot]}). */
  public static SolrBackend open(String zkHost, String collection, TextEmbedder embedder) throws IOException {
    CloudSolrClient c = SolrCluster.connect(zkHost);
    try {
      SolrBackend b = open(c, collection, embedder);
      return b;
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /**
   * Creates (when missing) the collection for an index with {@code meta} and {@code dict}: writes
   * and uploads the configset ({@link SolrConfigset#name}), creates the collection with
   * {@code shards} × {@code replicas} and opens it. An existing collection must have been made
   * with the same configset.
   */
  public static SolrBackend create(CloudSolrClient client, String collection, IndexMeta meta, LegalDictionary dict,
      TextEmbedder embedder, int shards, int replicas, java.nio.file.Path workDir) throws IOException {
    String config = SolrConfigset.name(meta);
    if (SolrCluster.exists(client, collection)) {
      String have = client.getClusterStateProvider().getCollection(collection).getConfigName();
      if (!config.equals(have)) {
        throw new IOException("collection " + collection + " uses configset " + have + ", this index needs " + config
            + ": delete the collection or choose another name");
      }
    } else {
      SolrCluster.uploadConfigset(client, SolrConfigset.write(workDir.resolve(config), meta, dict), config);
      SolrCluster.createCollection(client, collection, config, shards, replicas, 120);
    }
    return new SolrBackend(client, false, collection, "solr " + collection, meta, dict, embedder);
  }

  @Override
  public String kind() {
    return "solr";
  }

  @Override
  public String describe() {
    return describe;
  }

  @Override
  public IndexMeta meta() {
    return meta;
  }

  /** The collection name. */
  public String collection() {
    return collection;
  }

  @Override
  public SimilarCaseRanker ranker() {
    return ranker;
  }

  @Override
  public void setRanker(SimilarCaseRanker ranker) {
    this.ranker = java.util.Objects.requireNonNull(ranker);
    this.defaultRanker = false;
  }

  private boolean hasVectors() {
    return embedder != null && meta.embeddingModel() != null;
  }

  // ---- search -------------------------------------------------------------------------------

  @Override
  public SearchResult search(SearchRequest req) throws IOException {
    long t0 = System.nanoTime();
    Query keyword = req.mode() == SearchRequest.Mode.SEMANTIC ? null : parts.keyword(req.query());
    float[] vec = null;
    if (req.mode() != SearchRequest.Mode.KEYWORD) {
      if (!hasVectors()) {
        throw new IllegalStateException("semantic search needs an index with vectors and its embedding model");
      }
      vec = SearchParts.embedFacts(meta, embedder, req.query());
    }
    List<Scored> ranked;
    long total;
    Map<String, List<SearchResult.FacetCount>> facets = Map.of();
    switch (req.mode()) {
      case KEYWORD -> {
        SolrParams p = new SolrParams();
        p.params.set("q", p.keyword(req.query()));
        QueryResponse r = select(p, p.filters(req.filters()), req.k(), "id,score," + RECORD, req.facets());
        ranked = scored(r);
        total = r.getResults().getNumFound();
        if (req.facets()) {
          facets = facetsOf(r);
        }
      }
      case SEMANTIC -> {
        SolrParams p = new SolrParams();
        p.params.set("q", p.knn(vec, req.k()));
        QueryResponse r = select(p, p.filters(req.filters()), req.k(),
            "id,score," + RECORD + "," + String.join(",", FACET_FIELDS), false);
        ranked = scored(r);
        total = ranked.size();
        if (req.facets()) {
          facets = countFacets(r.getResults());
        }
      }
      default -> {
        int n = Math.max(SearchParts.CANDIDATES, req.k());
        SolrParams kp = new SolrParams();
        kp.params.set("q", kp.keyword(req.query()));
        List<Scored> kw = scored(select(kp, kp.filters(req.filters()), n, "id,score", false));
        SolrParams dp = new SolrParams();
        dp.params.set("q", dp.knn(vec, n));
        List<Scored> dn = scored(select(dp, dp.filters(req.filters()), n, "id,score", false));
        Ids ids = new Ids();
        Map<Integer, Double> fused = Fusion.weighted(ids.docs(kw), ids.docs(dn), SearchParts.HYBRID_DENSE_WEIGHT);
        List<Map.Entry<Integer, Double>> sorted = Fusion.sorted(fused);
        List<Scored> top = sorted.stream().limit(req.k())
            .map(e -> new Scored(ids.id(e.getKey()), e.getValue().floatValue(), null, List.of())).toList();
        Map<String, CaseRecord> recs = records(top.stream().map(Scored::id).toList());
        ranked = top.stream().map(s -> new Scored(s.id(), s.score(), recs.get(s.id()), List.of())).toList();
        total = sorted.size();
        if (req.facets()) {
          SolrParams fp = new SolrParams();
          fp.params.set("q", fp.or(List.of(fp.keyword(req.query()),
              fp.ids(dn.stream().map(Scored::id).toList()))));
          facets = facetsOf(select(fp, fp.filters(req.filters()), 0, "id", true));
        }
      }
    }
    Query highlight = keyword != null ? keyword : parts.bagOfTerms(FACTS, req.query(), 64);
    List<CaseHit> hits = new ArrayList<>();
    for (Scored s : ranked) {
      CaseRecord r = s.record();
      hits.add(SearchParts.hit(r, s.score(), req.highlight() ? snippets(r, highlight) : List.of()));
    }
    return new SearchResult(total, hits, facets, (System.nanoTime() - t0) / 1e6,
        req.mode().name().toLowerCase(Locale.ROOT));
  }

  @Override
  public SimilarResult similar(SimilarRequest req) throws IOException {
    long t0 = System.nanoTime();
    String facts = req.text();
    Set<String> charges = new LinkedHashSet<>(req.charges());
    Set<String> articles = new LinkedHashSet<>();
    if (SearchParts.looksLikeJudgment(facts)) {
      CaseRecord parsed = JudgmentParser.parseText("query", facts);
      if (parsed.facts() != null && !parsed.facts().isBlank()) {
        facts = parsed.facts();
      }
      charges.addAll(parsed.charges());
      articles.addAll(parsed.articles());
    }
    float[] vec = hasVectors() ? SearchParts.embedFacts(meta, embedder, facts) : null;
    int n = Math.max(SearchParts.CANDIDATES, req.k());
    SolrParams kp = new SolrParams();
    List<String> terms = parts.terms(FACTS + BIGRAM, facts).stream().limit(SearchParts.MAX_QUERY_TERMS).toList();
    kp.params.set("q", kp.disjunction(FACTS + BIGRAM, terms, null));
    List<Scored> kw = scored(select(kp, kp.filters(req.filters()), n, "id,score," + CHARGE, false));
    List<Scored> dn = List.of();
    if (vec != null) {
      SolrParams dp = new SolrParams();
      dp.params.set("q", dp.knn(vec, n));
      dn = scored(select(dp, dp.filters(req.filters()), n, "id,score," + CHARGE, false));
    }
    List<SimilarCaseRanker.Candidate> candidates = new ArrayList<>();
    Map<Integer, List<String>> chargesOf = new HashMap<>();
    Ids ids = new Ids();
    ScoreDoc[] kwDocs = ids.docs(kw);
    ScoreDoc[] dnDocs = ids.docs(dn);
    Map<Integer, Double> kwNorm = Fusion.normalised(kwDocs);
    Map<Integer, Double> dnNorm = Fusion.normalised(dnDocs);
    Map<Integer, float[]> raw = new LinkedHashMap<>();
    for (int i = 0; i < kw.size(); i++) {
      raw.computeIfAbsent(kwDocs[i].doc, x -> new float[] {Float.NaN, Float.NaN})[0] = kw.get(i).score();
      chargesOf.put(kwDocs[i].doc, kw.get(i).charges());
    }
    for (int i = 0; i < dn.size(); i++) {
      // kNN with dot product scores (1 + dot) / 2; report the dot product
      raw.computeIfAbsent(dnDocs[i].doc, x -> new float[] {Float.NaN, Float.NaN})[1] = 2 * dn.get(i).score() - 1;
      chargesOf.putIfAbsent(dnDocs[i].doc, dn.get(i).charges());
    }
    for (Map.Entry<Integer, float[]> e : raw.entrySet()) {
      candidates.add(new SimilarCaseRanker.Candidate(e.getKey(), ids.id(e.getKey()), e.getValue()[0], e.getValue()[1],
          kwNorm.getOrDefault(e.getKey(), 0.0), dnNorm.getOrDefault(e.getKey(), 0.0)));
    }
    Map<String, CaseRecord> loaded = new HashMap<>();
    SimilarCaseRanker r = ranker;
    List<SimilarCaseRanker.Scored> ranked = r.rank(
        new SimilarCaseRanker.Query(facts, List.copyOf(charges), List.copyOf(articles), vec), candidates,
        new SimilarCaseRanker.Records() {
          @Override
          public CaseRecord record(SimilarCaseRanker.Candidate c) {
            return loaded.computeIfAbsent(c.id(), id -> {
              try {
                return records(List.of(id)).get(id);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
          }

          @Override
          public List<String> charges(SimilarCaseRanker.Candidate c) {
            return chargesOf.getOrDefault(c.doc(), List.of());
          }
        });
    List<SimilarCaseRanker.Scored> top = ranked.subList(0, Math.min(req.k(), ranked.size()));
    Map<String, CaseRecord> recs = records(top.stream().map(s -> s.candidate().id()).toList());
    List<String> keyTerms = keyTerms(facts);
    Query highlight = SearchParts.termsQuery(FACTS, keyTerms);
    List<SimilarCase> out = new ArrayList<>();
    for (SimilarCaseRanker.Scored sc : top) {
      CaseRecord rec = recs.get(sc.candidate().id());
      if (rec == null) {
        continue; // deleted between the two requests
      }
      List<String> snippets = parts.snippets(FACTS, highlight, rec.facts(), 3);
      CaseHit hit = SearchParts.hit(rec, sc.score(), snippets);
      List<String> sharedTerms = keyTerms.stream()
          .filter(t -> rec.facts() != null && rec.facts().toLowerCase(Locale.ROOT).contains(t)).toList();
      out.add(new SimilarCase(hit, orNull(sc.candidate().bm25()), orNull(sc.candidate().dense()),
          rec.charges().stream().filter(c -> SearchParts.containsCharge(charges, c)).toList(),
          rec.articles().stream().filter(articles::contains).toList(),
          sharedTerms));
    }
    return new SimilarResult(out, List.copyOf(charges), List.copyOf(articles), r.name(),
        vec == null ? null : meta.embeddingModel(), (System.nanoTime() - t0) / 1e6);
  }

  @Override
  public List<StatuteArticle> statute(String ref) throws IOException {
    SolrParams p = new SolrParams();
    Optional<StatuteRef> parsed = StatuteRef.parse(ref);
    int rows = 10;
    if (parsed.isPresent()) {
      p.params.set("q", p.term(ID, parsed.get().id()));
      rows = 1;
    } else {
      if (ref == null || ref.isBlank()) {
        throw new IllegalArgumentException("statute reference or text is empty");
      }
      List<String> words = parts.terms(STATUTE_TEXT, ref).stream().limit(64).toList();
      List<String> bigrams = parts.terms(STATUTE_TEXT + BIGRAM, ref).stream().limit(256).toList();
      p.params.set("q", p.or(List.of(p.disjunction(STATUTE_TEXT, words, null),
          p.disjunction(STATUTE_TEXT + BIGRAM, bigrams, null))));
    }
    QueryResponse r = select(p, List.of(p.term(KIND, KIND_STATUTE)), rows, RECORD, false);
    List<StatuteArticle> out = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      out.add(Json.mapper().readValue((String) d.getFirstValue(RECORD), StatuteArticle.class));
    }
    return out;
  }

  @Override
  public Optional<CaseRecord> get(String id) throws IOException {
    return Optional.ofNullable(records(List.of(id)).get(id));
  }

  @Override
  public long[] counts() throws IOException {
    return new long[] {count(KIND_CASE), count(KIND_STATUTE)};
  }

  private long count(String kind) throws IOException {
    SolrParams p = new SolrParams();
    p.params.set("q", p.term(KIND, kind));
    return select(p, List.of(), 0, "id", false).getResults().getNumFound();
  }

  /**
   * BM25 of a bag of exact terms (each with its weight, the analyzer's output: nothing is analysed
   * again) in one text field, summed, over the cases (only {@code ids} when not null): the top
   * {@code n} ids with their scores, best first. The keyword stage of the similar-case search and
   * of the LeCaRD evaluation.
   */
  public LinkedHashMap<String, Double> termScores(String field, Map<String, Float> weightedTerms,
      Collection<String> ids, int n) throws IOException {
    SolrParams p = new SolrParams();
    p.params.set("q", p.disjunction(field, weightedTerms.keySet(), weightedTerms));
    List<String> filters = new ArrayList<>();
    filters.add(p.term(KIND, KIND_CASE));
    if (ids != null) {
      filters.add(p.ids(ids));
    }
    LinkedHashMap<String, Double> out = new LinkedHashMap<>();
    for (Scored s : scored(select(p, filters, n, "id,score", false))) {
      out.put(s.id(), (double) s.score());
    }
    return out;
  }

  // ---- writes -------------------------------------------------------------------------------

  @Override
  public void upsert(CaseRecord r, float[] factsVector) throws IOException {
    buffer(SolrDocuments.caseDocument(r, factsVector));
  }

  /** Adds or replaces a case, embedding its facts when the collection has vectors. */
  public void upsert(CaseRecord r) throws IOException {
    upsert(r, hasVectors() ? SearchParts.embedFacts(meta, embedder, r.facts()) : null);
  }

  @Override
  public void upsert(StatuteArticle a) throws IOException {
    buffer(SolrDocuments.statuteDocument(a));
  }

  /**
   * Adds or replaces a document built by the caller with fields of the schema (for tools that
   * index a subset of the fields, such as an evaluation over one text field).
   */
  public void upsertDocument(SolrInputDocument d) throws IOException {
    if (d.getFieldValue(ID) == null || d.getFieldValue(KIND) == null) {
      throw new IllegalArgumentException("a document needs the fields " + ID + " and " + KIND);
    }
    buffer(d);
  }

  private void buffer(SolrInputDocument d) throws IOException {
    List<SolrInputDocument> send = null;
    synchronized (pending) {
      pending.add(d);
      if (pending.size() >= WRITE_BATCH) {
        send = new ArrayList<>(pending);
        pending.clear();
      }
    }
    if (send != null) {
      send(send);
    }
  }

  /** Sends the buffered documents (not yet committed). */
  public void flush() throws IOException {
    List<SolrInputDocument> send;
    synchronized (pending) {
      send = new ArrayList<>(pending);
      pending.clear();
    }
    if (!send.isEmpty()) {
      send(send);
    }
  }

  private void send(List<SolrInputDocument> docs) throws IOException {
    try {
      client.add(collection, docs);
    } catch (SolrServerException e) {
      throw new IOException("Solr refused " + docs.size() + " documents: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean delete(String id) throws IOException {
    flush();
    SolrParams p = new SolrParams();
    p.params.set("q", p.term(ID, id));
    boolean existed = select(p, List.of(), 0, "id", false).getResults().getNumFound() > 0;
    try {
      client.deleteById(collection, id);
    } catch (SolrServerException e) {
      throw new IOException("Solr refused to delete " + id + ": " + e.getMessage(), e);
    }
    return existed;
  }

  @Override
  public void commit() throws IOException {
    flush();
    try {
      client.commit(collection, true, true);
    } catch (SolrServerException e) {
      throw new IOException("Solr commit failed: " + e.getMessage(), e);
    }
    if (defaultRanker) {
      ranker = SearchParts.defaultRanker(dict, indexedCharges());
    }
  }

  @Override
  public void close() throws IOException {
    if (ownsClient) {
      client.close();
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** One hit of a Solr list: id, score, the record (when fetched) and the charges (when asked for). */
  private record Scored(String id, float score, CaseRecord record, List<String> charges) {}

  /** Gives each id a number, so lists of ids can use the embedded index's fusion code. */
  private static final class Ids {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    int number(String id) {
      return numbers.computeIfAbsent(id, x -> {
        ids.add(x);
        return ids.size() - 1;
      });
    }

    String id(int number) {
      return ids.get(number);
    }

    ScoreDoc[] docs(List<Scored> list) {
      ScoreDoc[] out = new ScoreDoc[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = new ScoreDoc(number(list.get(i).id()), list.get(i).score());
      }
      return out;
    }
  }

  private QueryResponse select(SolrParams p, List<String> filters, int rows, String fl, boolean facets)
      throws IOException {
    for (String f : filters) {
      p.params.add("fq", f);
    }
    p.params.set("rows", rows);
    p.params.set("fl", fl);
    if (facets) {
      p.params.set("facet", true);
      for (String f : FACET_FIELDS) {
        p.params.add("facet.field", f);
      }
      p.params.set("facet.limit", -1);
      p.params.set("facet.mincount", 1);
    }
    try {
      return client.query(collection, p.params, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new IOException("Solr query failed: " + e.getMessage(), e);
    } catch (org.apache.solr.common.SolrException e) {
      if (e.code() == 400) {
        throw new IllegalArgumentException("Solr refused the query: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  private static List<Scored> scored(QueryResponse r) throws IOException {
    List<Scored> out = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      Object rec = d.getFirstValue(RECORD);
      CaseRecord record = rec == null ? null : Json.mapper().readValue((String) rec, CaseRecord.class);
      List<String> charges = new ArrayList<>();
      Collection<Object> cs = d.getFieldValues(CHARGE);
      if (cs != null) {
        cs.forEach(c -> charges.add(c.toString()));
      }
      Object score = d.getFirstValue("score");
      out.add(new Scored((String) d.getFirstValue(ID), score == null ? 0f : ((Number) score).floatValue(), record,
          charges));
    }
    return out;
  }

  /** The records of these ids (cases only), by id. */
  private Map<String, CaseRecord> records(List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    SolrParams p = new SolrParams();
    p.params.set("q", p.ids(ids));
    Map<String, CaseRecord> out = new HashMap<>();
    for (Scored s : scored(select(p, List.of(p.term(KIND, KIND_CASE)), ids.size(), "id," + RECORD, false))) {
      out.put(s.id(), s.record());
    }
    return out;
  }

  /** Every value of the charge field in the collection. */
  private List<String> indexedCharges() throws IOException {
    SolrParams p = new SolrParams();
    p.params.set("q", "*:*");
    p.params.set("facet", true);
    p.params.set("facet.field", CHARGE);
    p.params.set("facet.limit", -1);
    p.params.set("facet.mincount", 1);
    p.params.set("rows", 0);
    try {
      QueryResponse r = client.query(collection, p.params, SolrRequest.METHOD.POST);
      List<String> out = new ArrayList<>();
      FacetField f = r.getFacetField(CHARGE);
      if (f != null && f.getValues() != null) {
        f.getValues().forEach(c -> out.add(c.getName()));
      }
      return out;
    } catch (SolrServerException e) {
      throw new IOException("Solr query failed: " + e.getMessage(), e);
    }
  }

  private static Map<String, List<SearchResult.FacetCount>> facetsOf(QueryResponse r) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String f : FACET_FIELDS) {
      Map<String, Integer> m = new HashMap<>();
      FacetField ff = r.getFacetField(f);
      if (ff != null && ff.getValues() != null) {
        ff.getValues().forEach(c -> m.put(c.getName(), (int) c.getCount()));
      }
      counts.put(f, m);
    }
    return top(counts);
  }

  private static Map<String, List<SearchResult.FacetCount>> countFacets(List<SolrDocument> docs) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String f : FACET_FIELDS) {
      Map<String, Integer> m = new HashMap<>();
      for (SolrDocument d : docs) {
        Collection<Object> vs = d.getFieldValues(f);
        if (vs != null) {
          new LinkedHashSet<>(vs).forEach(v -> m.merge(v.toString(), 1, Integer::sum));
        }
      }
      counts.put(f, m);
    }
    return top(counts);
  }

  /** The embedded index's facet order: count descending, then value. */
  private static Map<String, List<SearchResult.FacetCount>> top(Map<String, Map<String, Integer>> counts) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    counts.forEach((field, m) -> out.put(field, m.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue())
            ? a.getKey().compareTo(b.getKey()) : Integer.compare(b.getValue(), a.getValue()))
        .limit(FACET_TOP)
        .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue()))
        .toList()));
    return out;
  }

  /** The most specific word terms of {@code facts}: highest idf over the collection, ≥ 2 characters. */
  private List<String> keyTerms(String facts) throws IOException {
    List<String> candidates = new ArrayList<>();
    for (String t : parts.terms(FACTS, facts)) {
      if (t.length() >= 2 && !t.chars().allMatch(Character::isDigit)) {
        candidates.add(t);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    SolrParams p = new SolrParams();
    p.params.set("q", "*:*");
    p.params.set("rows", 0);
    p.params.set("facet", true);
    List<String> keys = new ArrayList<>();
    for (String t : candidates) {
      String q = p.term(FACTS, t);
      keys.add(q);
      p.params.add("facet.query", q);
    }
    QueryResponse r;
    try {
      r = client.query(collection, p.params, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new IOException("Solr query failed: " + e.getMessage(), e);
    }
    long docs = Math.max(1, r.getResults().getNumFound());
    Map<String, Integer> fq = r.getFacetQuery();
    Map<String, Double> idf = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Integer df = fq.get(keys.get(i));
      if (df != null && df > 0 && df < docs / 2) {
        idf.put(candidates.get(i), Math.log((double) docs / df));
      }
    }
    return idf.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(java.util.Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(SearchParts.KEY_TERMS).map(Map.Entry::getKey).toList();
  }

  private List<String> snippets(CaseRecord r, Query q) {
    List<String> out = parts.snippets(FACTS, q, r.facts(), 2);
    if (out.isEmpty()) {
      out = parts.snippets(REASONING, q, r.reasoning(), 2);
    }
    return out;
  }

  private static Double orNull(float f) {
    return Float.isNaN(f) ? null : (double) f;
  }
}
