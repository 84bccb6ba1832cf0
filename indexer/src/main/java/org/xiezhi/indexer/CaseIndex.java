package org.xiezhi.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.inference.TextEmbedder;

/**
 * The embedded Lucene index of judgments and statute articles under one data directory, and the
 * entry point of every search: keyword, semantic and hybrid case search, similar cases, statute
 * lookup, get by id; and, when opened for writing, add/update/delete by id with near-real-time
 * visibility. Thread-safe: searches run concurrently on searchers from a {@link SearcherManager}.
 *
 * <p>Layout: {@code <dataDir>/lucene/} (the index), {@code index-meta.json} ({@link IndexMeta}),
 * {@code legal-dictionary.txt} (the analyzer's dictionary, so queries analyse as the index did).
 */
public final class CaseIndex implements AutoCloseable {
  static final String DICTIONARY_FILE = "legal-dictionary.txt";

  private final Path dataDir;
  private final IndexMeta meta;
  private final LuceneFiles files;
  private final SearcherManager manager;
  private final CaseWrites writes;
  private final FactsVectors vectors;
  private final QueryBuilder queries;
  private final Snippets snippets;
  private final TextSearch text;
  private final CaseSearch search;
  private final RecordLookup lookup;
  private final DocIds docIds = new DocIds();
  private final FacetOrds facetOrds = new FacetOrds(CaseFields.FACET_FIELDS);
  private final NearRealTime nearRealTime = new NearRealTime();
  private volatile SimilarCaseRanker ranker;

  private CaseIndex(Path dataDir, IndexMeta meta, LegalDictionary dict, TextEmbedder embedder,
      IndexWriterConfig.OpenMode mode, double ramBufferMb) throws IOException {
    this.dataDir = dataDir;
    this.meta = meta;
    if (embedder != null && meta.embeddingModel() != null) {
      meta.requireModel(embedder.modelId());
    }
    this.vectors = new FactsVectors(meta, embedder);
    Analyzer perField = CaseFields.perField(new HanLpAnalyzer(dict), new BigramAnalyzer());
    this.queries = new QueryBuilder(perField);
    this.snippets = new Snippets(perField);
    this.files = LuceneFiles.open(dataDir, meta, perField, mode, ramBufferMb);
    this.manager = files.manager;
    this.writes = new CaseWrites(files.writer, manager, meta);
    this.text = new TextSearch(this);
    this.search = new CaseSearch(this);
    this.lookup = new RecordLookup(this);
    // the evaluated default (LeCaRD dev: pool NDCG@30 0.904, corpus 0.576): text score plus charge overlap
    this.ranker = SearchParts.defaultRanker(dict, files.indexedCharges());
  }

  /** Opens an existing index read-only; {@code embedder} may be null (keyword search only). */
  public static CaseIndex open(Path dataDir, TextEmbedder embedder) throws IOException {
    IndexMeta meta = IndexMeta.read(dataDir);
    return new CaseIndex(dataDir, meta, LegalDictionary.read(dataDir.resolve(DICTIONARY_FILE)), embedder, null, 0);
  }

  /**
   * Opens an existing index for reading and writing (one writer per index at a time). An index with
   * vectors needs the embedder that built them (another model, or none, is refused), so cases added
   * later never mix vectors of two models or lack them.
   */
  public static CaseIndex openForWriting(Path dataDir, TextEmbedder embedder) throws IOException {
    IndexMeta meta = IndexMeta.read(dataDir);
    if (embedder == null && meta.embeddingModel() != null) {
      // cases written now would lack the vectors every other case has: never mix
      throw new IllegalStateException("index vectors were built with " + meta.embeddingModel()
          + ": open it for writing with that embedding model (or rebuild it without vectors)");
    }
    return new CaseIndex(dataDir, meta, LegalDictionary.read(dataDir.resolve(DICTIONARY_FILE)), embedder,
        IndexWriterConfig.OpenMode.APPEND, 64);
  }

  /**
   * Creates an empty index in {@code dataDir} (replacing one there), recording {@code meta} and
   * {@code dict}; {@code ramBufferMb} large keeps a bulk build in one segment.
   */
  public static CaseIndex create(Path dataDir, IndexMeta meta, LegalDictionary dict, TextEmbedder embedder,
      double ramBufferMb) throws IOException {
    Files.createDirectories(dataDir);
    dict.write(dataDir.resolve(DICTIONARY_FILE));
    meta.write(dataDir);
    return new CaseIndex(dataDir, meta, dict, embedder, IndexWriterConfig.OpenMode.CREATE, ramBufferMb);
  }

  /** What built this index. */
  public IndexMeta meta() {
    return meta;
  }

  /** The data directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** Replaces the similar-case ranker (e.g. with one from {@code org.xiezhi.indexer.rank}). */
  public void setRanker(SimilarCaseRanker ranker) {
    this.ranker = java.util.Objects.requireNonNull(ranker);
  }

  /** The similar-case ranker in use. */
  public SimilarCaseRanker ranker() {
    return ranker;
  }

  /** Keyword, semantic or hybrid case search. */
  public SearchResult search(SearchRequest request) throws IOException {
    return text.search(request);
  }

  /** The cases most similar to a fact description or judgment, each with why. */
  public SimilarResult similar(SimilarRequest request) throws IOException {
    return search.similar(request);
  }

  /**
   * The similar cases with their whole stored records (one read each), for callers that need more
   * than a hit shows, such as each defendant's sentence per charge.
   */
  public List<SimilarRecord> similarRecords(SimilarRequest request) throws IOException {
    List<CaseRecord> records = new ArrayList<>();
    SimilarResult r = search.similar(request, records);
    List<SimilarRecord> out = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      out.add(new SimilarRecord(r.cases().get(i), records.get(i)));
    }
    return out;
  }

  /**
   * Statute articles for {@code ref}: the article itself when {@code ref} is a reference in any
   * common form (刑法第264条, 第二百六十四条, 264条之一), else a text search over the articles (top 10).
   */
  public List<StatuteArticle> statute(String ref) throws IOException {
    return lookup.statute(ref, 10);
  }

  /** The case with this id. */
  public Optional<CaseRecord> get(String id) throws IOException {
    return lookup.get(id);
  }

  /** Number of cases and statute articles visible to searches. */
  public int[] counts() throws IOException {
    return lookup.counts();
  }

  /** Adds or replaces a case (by id); its facts are embedded when the index has vectors. */
  public void upsert(CaseRecord r) throws IOException {
    upsert(r, vectors.of(r.facts()));
  }

  /** Adds or replaces a case with a vector computed by the caller (null: none). */
  public void upsert(CaseRecord r, float[] factsVector) throws IOException {
    writes.upsert(r, factsVector);
  }

  /** Adds or replaces a statute article (by id). */
  public void upsert(StatuteArticle a) throws IOException {
    writes.upsert(a);
  }

  /** Deletes the case or article with this id; true when it existed. */
  public boolean delete(String id) throws IOException {
    return writes.delete(id);
  }

  /** True when this index was opened for writing (it holds Lucene's write lock). */
  public boolean writable() {
    return writes.writable();
  }

  /**
   * Starts a background thread that makes writes visible to searches at most {@code intervalMs}
   * after they are made (a refresh of this index's {@link SearcherManager} every interval); only on
   * an index opened for writing, at most once. A refresh never shows part of a {@link #batch}.
   */
  public void startNearRealTime(long intervalMs) {
    writes.writer();
    nearRealTime.start(intervalMs, writes::refresh);
  }

  /** Writes made together: a near-real-time refresh shows all of them or none. */
  public interface Batch<T> {
    T apply() throws IOException;
  }

  /** Runs {@code work} (upserts and deletes on this index) so that searches see it whole. */
  public <T> T batch(Batch<T> work) throws IOException {
    writes.writer();
    return nearRealTime.batch(work);
  }

  /** The facts vector this index would store for {@code r} (null without vectors or facts). */
  public float[] factsVector(CaseRecord r) {
    return vectors.of(r.facts());
  }

  /**
   * As {@link #factsVector(CaseRecord)}, taking the vectors of texts already embedded with this
   * index's model from {@code cache} and adding the new ones to it (the cache is used by one
   * thread at a time: this method locks it).
   */
  public float[] factsVector(CaseRecord r, VectorCache cache) throws IOException {
    return vectors.of(r, cache);
  }

  /** The near-real-time refresh interval in milliseconds, 0 when none runs. */
  public long refreshIntervalMs() {
    return nearRealTime.intervalMs();
  }

  /** Makes writes durable. */
  public void commit() throws IOException {
    writes.commit(null);
  }

  /** Makes writes durable, recording {@code userData} with the commit (read back by {@link #committedUserData}). */
  public void commit(Map<String, String> userData) throws IOException {
    writes.commit(userData);
  }

  /** The user data of the latest commit of the index in {@code dataDir}; empty when there is none. */
  public static Map<String, String> committedUserData(Path dataDir) throws IOException {
    return IndexCommits.userData(dataDir);
  }

  /** Opens the index in {@code dataDir} to continue an interrupted build (same metadata and dictionary). */
  static CaseIndex reopenForBuild(Path dataDir, IndexMeta meta, LegalDictionary dict, TextEmbedder embedder,
      double ramBufferMb) throws IOException {
    return new CaseIndex(dataDir, meta, dict, embedder, IndexWriterConfig.OpenMode.APPEND, ramBufferMb);
  }

  /** Makes recent writes visible to searches (near real time) or, read-only, picks up commits. */
  public void refresh() throws IOException {
    writes.refresh();
  }

  SearcherManager manager() {
    return manager;
  }

  QueryBuilder queries() {
    return queries;
  }

  Snippets snippets() {
    return snippets;
  }

  DocIds docIds() {
    return docIds;
  }

  FacetOrds facetOrds() {
    return facetOrds;
  }

  /** How this index embeds facts (null vectors without an embedder). */
  FactsVectors vectors() {
    return vectors;
  }

  /** Merges the index into one segment (after a bulk build). */
  public void forceMerge() throws IOException {
    writes.writer().forceMerge(1);
  }

  @Override
  public void close() throws IOException {
    nearRealTime.close();
    files.close();
  }

  /** Opens a point-in-time reader (for tools that walk the index). */
  DirectoryReader reader() throws IOException {
    return files.reader();
  }
}
