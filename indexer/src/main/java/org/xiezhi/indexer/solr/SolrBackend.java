package org.xiezhi.indexer.solr;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.SearchParts;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SearchResult;
import org.xiezhi.indexer.SimilarCaseRanker;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.SimilarResult;
import org.xiezhi.corpus.statute.ArticleRefParser;
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
  private final SolrCollection solr;
  private final SolrWriteBuffer writes;
  private final boolean ownsClient;
  private final String describe;
  private final IndexMeta meta;
  private final LegalDictionary dict;
  private final SearchParts parts;
  private final TextEmbedder embedder;
  private final SolrSearch search;
  private volatile SimilarCaseRanker ranker;
  private volatile boolean defaultRanker = true;

  SolrBackend(SolrClient client, boolean ownsClient, String collection, String describe, IndexMeta meta,
      LegalDictionary dict, TextEmbedder embedder) throws IOException {
    this.solr = new SolrCollection(client, collection);
    this.writes = new SolrWriteBuffer(solr);
    this.ownsClient = ownsClient;
    this.describe = describe;
    this.meta = meta;
    this.dict = dict;
    this.embedder = embedder;
    if (embedder != null && meta.embeddingModel() != null) {
      meta.requireModel(embedder.modelId());
    }
    this.parts = new SearchParts(dict);
    this.search = new SolrSearch(this, parts);
    this.ranker = SearchParts.defaultRanker(dict, solr.indexedCharges());
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
    return solr.name();
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

  /** The query embedder (null: keyword only). */
  TextEmbedder embedder() {
    return embedder;
  }

  boolean hasVectors() {
    return embedder != null && meta.embeddingModel() != null;
  }

  @Override
  public SearchResult search(SearchRequest req) throws IOException {
    return search.search(req);
  }

  @Override
  public SimilarResult similar(SimilarRequest req) throws IOException {
    return search.similar(req);
  }

  @Override
  public List<StatuteArticle> statute(String ref) throws IOException {
    SolrParams p = new SolrParams();
    Optional<String> parsed = ArticleRefParser.recordId(ref);
    int rows = 10;
    if (parsed.isPresent()) {
      p.params.set("q", p.term(ID, parsed.get()));
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
    return new long[] {solr.count(KIND_CASE), solr.count(KIND_STATUTE)};
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
    for (SolrHit s : SolrHit.of(select(p, filters, n, "id,score", false))) {
      out.put(s.id(), (double) s.score());
    }
    return out;
  }

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
    writes.add(d);
  }

  /** Sends the buffered documents (not yet committed). */
  public void flush() throws IOException {
    writes.flush();
  }

  @Override
  public boolean delete(String id) throws IOException {
    flush();
    return solr.delete(id);
  }

  @Override
  public void commit() throws IOException {
    flush();
    solr.commit();
    if (defaultRanker) {
      ranker = SearchParts.defaultRanker(dict, solr.indexedCharges());
    }
  }

  @Override
  public void close() throws IOException {
    if (ownsClient) {
      solr.close();
    }
  }

  QueryResponse select(SolrParams p, List<String> filters, int rows, String fl, boolean facets) throws IOException {
    return solr.select(p, filters, rows, fl, facets);
  }

  /** The records of these ids (cases only), by id. */
  Map<String, CaseRecord> records(List<String> ids) throws IOException {
    return solr.records(ids);
  }

  /** Runs a request on the collection. */
  QueryResponse query(org.apache.solr.common.params.SolrParams params) throws IOException {
    return solr.query(params);
  }
}
