package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.ID;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * The writes of a {@link CaseIndex}: add or replace by id, delete, commit, with the ids written
 * since the last refresh ({@link PendingWrites}); every write fails on an index opened read-only.
 */
final class CaseWrites {
  private final IndexWriter writer;
  private final SearcherManager manager;
  private final IndexMeta meta;
  private final PendingWrites pending = new PendingWrites();

  /** {@code writer} null: the index was opened read-only. */
  CaseWrites(IndexWriter writer, SearcherManager manager, IndexMeta meta) {
    this.writer = writer;
    this.manager = manager;
    this.meta = meta;
  }

  boolean writable() {
    return writer != null;
  }

  IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
    return writer;
  }

  void upsert(CaseRecord r, float[] factsVector) throws IOException {
    if (factsVector != null && (meta.dimension() == null || factsVector.length != meta.dimension())) {
      throw new IllegalArgumentException("a vector of " + factsVector.length + " dimensions does not fit this index ("
          + (meta.embeddingModel() == null ? "no vectors" : meta.embeddingModel() + ", " + meta.dimension() + " dimensions") + ")");
    }
    var doc = CaseDocuments.caseDocument(r, factsVector);
    synchronized (pending) {
      try {
        writer().updateDocument(new Term(ID, r.id()), doc);
      } catch (AlreadyClosedException e) {
        throw closed(e);
      }
      pending.written(r.id());
    }
  }

  void upsert(StatuteArticle a) throws IOException {
    synchronized (pending) {
      try {
        writer().updateDocument(new Term(ID, a.id()), CaseDocuments.statuteDocument(a));
      } catch (AlreadyClosedException e) {
        throw closed(e);
      }
      pending.written(a.id());
    }
  }

  boolean delete(String id) throws IOException {
    IndexWriter w = writer();
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
      try {
        w.deleteDocuments(term);
      } catch (AlreadyClosedException e) {
        throw closed(e);
      }
      pending.deleted(id);
      return existed;
    }
  }

  void commit(Map<String, String> userData) throws IOException {
    IndexWriter w = writer();
    if (userData != null) {
      w.setLiveCommitData(new TreeMap<>(userData).entrySet());
    }
    try {
      w.commit();
    } catch (AlreadyClosedException e) {
      throw closed(e);
    }
  }

  private static IndexClosedException closed(AlreadyClosedException e) {
    return new IndexClosedException("the index was closed: " + e.getMessage(), e);
  }

  /** Makes recent writes visible to searches (near real time) or, read-only, picks up commits. */
  void refresh() throws IOException {
    pending.refresh(manager::maybeRefreshBlocking);
  }

  void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }
}
