package org.xiezhi.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of a {@link CaseIndex}: the {@code lucene/} directory, its writer (none when
 * opened read-only) and the searcher manager whose searchers score with the index's BM25 settings.
 */
final class LuceneFiles implements AutoCloseable {
  final Directory directory;
  final IndexWriter writer;
  final SearcherManager manager;

  private LuceneFiles(Directory directory, IndexWriter writer, SearcherManager manager) {
    this.directory = directory;
    this.writer = writer;
    this.manager = manager;
  }

  /** Opens {@code <dataDir>/lucene}; {@code mode} null opens it read-only. */
  static LuceneFiles open(Path dataDir, IndexMeta meta, Analyzer perField, IndexWriterConfig.OpenMode mode,
      double ramBufferMb) throws IOException {
    Directory directory = FSDirectory.open(dataDir.resolve("lucene"));
    BM25Similarity sim = new BM25Similarity(meta.bm25K1(), meta.bm25B());
    SearcherFactory factory = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader r, IndexReader prev) {
        IndexSearcher s = new IndexSearcher(r);
        s.setSimilarity(sim);
        return s;
      }
    };
    if (mode == null) {
      return new LuceneFiles(directory, null, new SearcherManager(directory, factory));
    }
    IndexWriterConfig cfg = new IndexWriterConfig(perField).setOpenMode(mode).setSimilarity(sim)
        .setRAMBufferSizeMB(ramBufferMb);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, cfg);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      directory.close();
      throw new IndexLockedException("the index at " + dataDir + " is open for writing elsewhere (" + e.getMessage() + ")", e);
    }
    if (mode == IndexWriterConfig.OpenMode.CREATE) {
      writer.commit();
    }
    return new LuceneFiles(directory, writer, new SearcherManager(writer, factory));
  }

  /** Every charge name indexed (the charge doc values of the current searcher). */
  Set<String> indexedCharges() throws IOException {
    Set<String> names = new TreeSet<>();
    IndexSearcher s = manager.acquire();
    try {
      for (var leaf : s.getIndexReader().leaves()) {
        var dv = leaf.reader().getSortedSetDocValues(CaseFields.CHARGE);
        if (dv == null) {
          continue;
        }
        var te = dv.termsEnum();
        for (BytesRef b = te.next(); b != null; b = te.next()) {
          names.add(b.utf8ToString());
        }
      }
    } finally {
      manager.release(s);
    }
    return names;
  }

  /** Opens a point-in-time reader. */
  DirectoryReader reader() throws IOException {
    return DirectoryReader.open(directory);
  }

  /** Closes the searcher manager, the writer (committing nothing more) and the directory. */
  @Override
  public void close() throws IOException {
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
}
