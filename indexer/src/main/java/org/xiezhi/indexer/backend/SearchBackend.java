package org.xiezhi.indexer.backend;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SearchResult;
import org.xiezhi.indexer.SimilarCaseRanker;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.SimilarResult;

/**
 * Where cases and statute articles are indexed and searched: the embedded Lucene index
 * ({@link EmbeddedBackend}) or a SolrCloud collection ({@code org.xiezhi.indexer.solr.SolrBackend}),
 * chosen by {@link BackendConfig}. Both give the same answers to the same requests (same analysis,
 * BM25 statistics over the whole collection, kNN merged to a global top k, the same rankers).
 * Implementations are thread-safe.
 */
public interface SearchBackend extends AutoCloseable {

  /** {@code embedded} or {@code solr}. */
  String kind();

  /** A description for logs (path or ZooKeeper address and collection). */
  String describe();

  /** What built the index (analyzers, dictionary, embedding model, BM25 parameters). */
  IndexMeta meta();

  /** Keyword, semantic or hybrid case search with filters, facets and highlights. */
  SearchResult search(SearchRequest request) throws IOException;

  /** The cases most similar to a fact description or judgment, each with why. */
  SimilarResult similar(SimilarRequest request) throws IOException;

  /** Statute articles for a reference (刑法第264条 …) or, failing that, a text search (top 10). */
  List<StatuteArticle> statute(String ref) throws IOException;

  /** The case with this id. */
  Optional<CaseRecord> get(String id) throws IOException;

  /** Number of cases and statute articles visible to searches. */
  long[] counts() throws IOException;

  /** The similar-case ranker in use. */
  SimilarCaseRanker ranker();

  /** Replaces the similar-case ranker. */
  void setRanker(SimilarCaseRanker ranker);

  /** Adds or replaces a case (by id) with its facts vector (null: none). */
  void upsert(CaseRecord r, float[] factsVector) throws IOException;

  /** Adds or replaces a statute article (by id). */
  void upsert(StatuteArticle a) throws IOException;

  /** Deletes the case or article with this id; true when it existed. */
  boolean delete(String id) throws IOException;

  /** Makes writes durable and visible to searches. */
  void commit() throws IOException;

  /** Picks up changes made by other writers (the embedded index reopens its reader); may do nothing. */
  default void refresh() throws IOException {}

  @Override
  void close() throws IOException;

  /** This backend as the target of an {@link org.xiezhi.indexer.IndexBuilder} run (finish commits). */
  default org.xiezhi.indexer.IndexBuilder.Target buildTarget() {
    SearchBackend b = this;
    return new org.xiezhi.indexer.IndexBuilder.Target() {
      @Override
      public void upsert(CaseRecord r, float[] factsVector) throws IOException {
        b.upsert(r, factsVector);
      }

      @Override
      public void upsert(StatuteArticle a) throws IOException {
        b.upsert(a);
      }

      @Override
      public void finish() throws IOException {
        b.commit();
      }

      @Override
      public void close() throws IOException {
        b.close();
      }
    };
  }
}
