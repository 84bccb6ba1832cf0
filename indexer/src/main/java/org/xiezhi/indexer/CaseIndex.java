package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.xiezhi.corpus.io.Json;
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
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager manager;
  private final PendingWrites pending = new PendingWrites();
  private final TextEmbedder embedder;
  private final Analyzer perField;
  private final QueryBuilder queries;
  private final Snippets snippets;
  private final LongTextStrategy strategy;
  private final CaseSearch search;
  private final DocIds docIds = new DocIds();
  private final FacetOrds facetOrds = new FacetOrds(CaseFields.FACET_FIELDS);
  private volatile SimilarCaseRanker ranker;
  private java.util.concurrent.ScheduledExecutorService reopener;
  private long refreshIntervalMs;
  /** Batches of writes hold it shared; a near-real-time refresh holds it alone, so it never shows half a batch. */
  private final java.util.concurrent.locks.ReentrantReadWriteLock visibility = new java.util.concurrent.locks.ReentrantReadWriteLock();

  private CaseIndex(Path dataDir, IndexMeta meta, LegalDictionary dict, TextEmbedder embedder,
      IndexWriterConfig.OpenMode mode, double ramBufferMb) throws IOException {
    this.dataDir = dataDir;
    this.meta = meta;
    this.embedder = embedder;
    if (embedder != null && meta.embeddingModel() != null) {
      meta.requireModel(embedder.modelId());
    }
    this.perField = CaseFields.perField(new HanLpAnalyzer(dict), new BigramAnalyzer());
    this.queries = new QueryBuilder(perField);
    this.snippets = new Snippets(perField);
    this.strategy = LongTextStrategy.parse(meta.longTextStrategy());
    this.directory = FSDirectory.open(dataDir.resolve("lucene"));
    BM25Similarity sim = new BM25Similarity(meta.bm25K1(), meta.bm25B());
    SearcherFactory factory = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader r, org.apache.lucene.index.IndexReader prev) {
        IndexSearcher s = new IndexSearcher(r);
        s.setSimilarity(sim);
        return s;
      }
    };
    if (mode == null) {
      this.writer = null;
      this.manager = new SearcherManager(directory, factory);
    } else {
      IndexWriterConfig cfg = new IndexWriterConfig(perField).setOpenMode(mode).setSimilarity(sim)
          .setRAMBufferSizeMB(ramBufferMb);
      this.writer = new IndexWriter(directory, cfg);
      if (mode == IndexWriterConfig.OpenMode.CREATE) {
        writer.commit();
      }
      this.manager = new SearcherManager(writer, factory);
    }
    this.search = new CaseSearch(this);
    this.ranker = defaultRanker(dict);
  }

  /**
   * The evaluated default (LeCaRD dev: pool NDCG@30 0.904, corpus 0.576): text score plus charge
   * overlap, with charge names normalised over the dictionary's charge terms and the charges indexed.
   */
  private SimilarCaseRanker defaultRanker(LegalDictionary dict) throws IOException {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (String t : dict.terms()) {
      if (t.endsWith("罪")) {
        names.add(t);
      }
    }
    IndexSearcher s = manager.acquire();
    try {
      for (var leaf : s.getIndexReader().leaves()) {
        var dv = leaf.reader().getSortedSetDocValues(CaseFields.CHARGE);
        if (dv == null) {
          continue;
        }
        var te = dv.termsEnum();
        for (org.apache.lucene.util.BytesRef b = te.next(); b != null; b = te.next()) {
          names.add(b.utf8ToString());
        }
      }
    } finally {
      manager.release(s);
    }
    return new org.xiezhi.indexer.rank.ChargeAwareRanker(
        new org.xiezhi.indexer.rank.ChargeNormalizer(new java.util.ArrayList<>(names)));
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

  // ---- search -------------------------------------------------------------------------------

  /** Keyword, semantic or hybrid case search. */
  public SearchResult search(SearchRequest request) throws IOException {
    return search.search(request);
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
    return search.statute(ref, 10);
  }

  /** The case with this id. */
  public Optional<CaseRecord> get(String id) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      TopDocs td = s.search(QueryBuilder.filtered(new TermQuery(new Term(ID, id)),
          new TermQuery(new Term(KIND, KIND_CASE))), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(StoredRecords.caseWithFullText(s, td.scoreDocs[0].doc));
    } finally {
      manager.release(s);
    }
  }

  /** Number of cases and statute articles visible to searches. */
  public int[] counts() throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      return new int[] {s.count(new TermQuery(new Term(KIND, KIND_CASE))),
          s.count(new TermQuery(new Term(KIND, KIND_STATUTE)))};
    } finally {
      manager.release(s);
    }
  }

  // ---- writes -------------------------------------------------------------------------------

  /** Adds or replaces a case (by id); its facts are embedded when the index has vectors. */
  public void upsert(CaseRecord r) throws IOException {
    upsert(r, embedFacts(r.facts()));
  }

  /** Adds or replaces a case with a vector computed by the caller (null: none). */
  public void upsert(CaseRecord r, float[] factsVector) throws IOException {
    if (factsVector != null && (meta.dimension() == null || factsVector.length != meta.dimension())) {
      throw new IllegalArgumentException("a vector of " + factsVector.length + " dimensions does not fit this index ("
          + (meta.embeddingModel() == null ? "no vectors" : meta.embeddingModel() + ", " + meta.dimension() + " dimensions") + ")");
    }
    var doc = CaseDocuments.caseDocument(r, factsVector);
    synchronized (pending) {
      requireWriter().updateDocument(new Term(ID, r.id()), doc);
      pending.written(r.id());
    }
  }

  /** Adds or replaces a statute article (by id). */
  public void upsert(StatuteArticle a) throws IOException {
    synchronized (pending) {
      requireWriter().updateDocument(new Term(ID, a.id()), CaseDocuments.statuteDocument(a));
      pending.written(a.id());
    }
  }

  /** Deletes the case or article with this id; true when it existed. */
  public boolean delete(String id) throws IOException {
    IndexWriter w = requireWriter();
    Term term = new Term(ID, id);
    synchronized (pending) {
      // the searcher may be older than the last writes: ids written or deleted since it was
      // refreshed are answered from those writes (deleting p twice counts once)
      Boolean existed = pending.exists(id);
      if (existed == null) {
        IndexSearcher s = manager.acquire();
        try {
          existed = s.count(new TermQuery(term)) > 0;
        } finally {
          manager.release(s);
        }
      }
      w.deleteDocuments(term);
      pending.deleted(id);
      return existed;
    }
  }

  /** True when this index was opened for writing (it holds Lucene's write lock). */
  public boolean writable() {
    return writer != null;
  }

  /**
   * Starts a background thread that makes writes visible to searches at most {@code intervalMs}
   * after they are made (a refresh of this index's {@link SearcherManager} every interval); only on
   * an index opened for writing, at most once. A refresh never shows part of a {@link #batch}.
   */
  public synchronized void startNearRealTime(long intervalMs) {
    requireWriter();
    if (intervalMs < 10 || intervalMs > 600_000) {
      throw new IllegalArgumentException("refresh interval must be 10..600000 ms, not " + intervalMs);
    }
    if (reopener != null) {
      throw new IllegalStateException("near-real-time refresh already started");
    }
    reopener = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    reopener.scheduleWithFixedDelay(() -> {
      visibility.writeLock().lock();
      try {
        pending.refresh(manager::maybeRefreshBlocking);
      } catch (IOException | RuntimeException e) {
        java.util.logging.Logger.getLogger(CaseIndex.class.getName())
            .log(java.util.logging.Level.WARNING, "near-real-time refresh failed", e);
      } finally {
        visibility.writeLock().unlock();
      }
    }, intervalMs, intervalMs, java.util.concurrent.TimeUnit.MILLISECONDS);
    refreshIntervalMs = intervalMs;
  }

  /** Writes made together: a near-real-time refresh shows all of them or none. */
  public interface Batch<T> {
    T apply() throws IOException;
  }

  /** Runs {@code work} (upserts and deletes on this index) so that searches see it whole. */
  public <T> T batch(Batch<T> work) throws IOException {
    requireWriter();
    visibility.readLock().lock();
    try {
      return work.apply();
    } finally {
      visibility.readLock().unlock();
    }
  }

  /** The facts vector this index would store for {@code r} (null without vectors or facts). */
  public float[] factsVector(CaseRecord r) {
    return embedFacts(r.facts());
  }

  /**
   * As {@link #factsVector(CaseRecord)}, taking the vectors of texts already embedded with this
   * index's model from {@code cache} and adding the new ones to it (the cache is used by one
   * thread at a time: this method locks it).
   */
  public float[] factsVector(CaseRecord r, VectorCache cache) throws IOException {
    if (cache == null || embedder == null || meta.embeddingModel() == null || r.facts() == null || r.facts().isBlank()) {
      return factsVector(r);
    }
    List<String> windows = strategy.windows(r.facts(), meta.maxEmbedChars());
    synchronized (cache) {
      List<String> missing = new ArrayList<>();
      for (String w : windows) {
        if (cache.get(w) == null && !missing.contains(w)) {
          missing.add(w);
        }
      }
      if (!missing.isEmpty()) {
        List<float[]> got = embedder.embed(missing);
        for (int i = 0; i < missing.size(); i++) {
          cache.put(missing.get(i), got.get(i));
        }
        cache.flush();
      }
      List<float[]> vs = new ArrayList<>();
      for (String w : windows) {
        vs.add(cache.get(w));
      }
      return strategy.pool(vs);
    }
  }

  /** The near-real-time refresh interval in milliseconds, 0 when none runs. */
  public synchronized long refreshIntervalMs() {
    return refreshIntervalMs;
  }

  /** Makes writes durable. */
  public void commit() throws IOException {
    requireWriter().commit();
  }

  /** Makes writes durable, recording {@code userData} with the commit (read back by {@link #committedUserData}). */
  public void commit(java.util.Map<String, String> userData) throws IOException {
    IndexWriter w = requireWriter();
    w.setLiveCommitData(new java.util.TreeMap<>(userData).entrySet());
    w.commit();
  }

  /** The user data of the latest commit of the index in {@code dataDir}; empty when there is none. */
  public static java.util.Map<String, String> committedUserData(Path dataDir) throws IOException {
    Path lucene = dataDir.resolve("lucene");
    if (!Files.isDirectory(lucene)) {
      return java.util.Map.of();
    }
    try (Directory d = FSDirectory.open(lucene)) {
      if (!DirectoryReader.indexExists(d)) {
        return java.util.Map.of();
      }
      return java.util.Map.copyOf(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData());
    }
  }

  /** Opens the index in {@code dataDir} to continue an interrupted build (same metadata and dictionary). */
  static CaseIndex reopenForBuild(Path dataDir, IndexMeta meta, LegalDictionary dict, TextEmbedder embedder,
      double ramBufferMb) throws IOException {
    return new CaseIndex(dataDir, meta, dict, embedder, IndexWriterConfig.OpenMode.APPEND, ramBufferMb);
  }

  /** Makes recent writes visible to searches (near real time) or, read-only, picks up commits. */
  public void refresh() throws IOException {
    pending.refresh(manager::maybeRefreshBlocking);
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
    return writer;
  }

  // ---- shared with CaseSearch ---------------------------------------------------------------

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

  /** True when searches can use vectors. */
  boolean hasVectors() {
    return embedder != null && meta.embeddingModel() != null;
  }

  /** The vector of a text as the index embeds facts, or null without an embedder. */
  float[] embedFacts(String text) {
    if (embedder == null || meta.embeddingModel() == null || text == null || text.isBlank()) {
      return null;
    }
    List<String> windows = strategy.windows(text, meta.maxEmbedChars());
    return strategy.pool(embedder.embed(windows));
  }

  /** Merges the index into one segment (after a bulk build). */
  public void forceMerge() throws IOException {
    requireWriter().forceMerge(1);
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (reopener != null) {
        reopener.shutdownNow();
        try {
          reopener.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        reopener = null;
      }
    }
    try {
      manager.close();
    } finally {
      try {
        if (writer != null) {
          writer.close();
        }
      } finally {
        directory.close();
      }
    }
  }

  /** Opens a point-in-time reader (for tools that walk the index). */
  DirectoryReader reader() throws IOException {
    return DirectoryReader.open(directory);
  }
}
