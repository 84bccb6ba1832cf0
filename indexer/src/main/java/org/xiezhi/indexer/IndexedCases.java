package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * Walks the cases of a built index, read-only, in index order: each stored record with its full
 * text and its stored facts vector (null where the case has none), as a derived index (such as a
 * synthetic scale copy) needs them without embedding anything again.
 */
public final class IndexedCases {
  /** Receives one case. */
  @FunctionalInterface
  public interface Visitor {
    void accept(CaseRecord record, float[] factsVector) throws IOException;
  }

  private IndexedCases() {}

  /**
   * Creates an empty index in {@code target} with the metadata and legal dictionary of the index in
   * {@code source} (same analyzers, BM25 settings and embedding model), opened for writing cases with
   * vectors given by the caller ({@link CaseIndex#upsert(CaseRecord, float[])}); nothing is embedded.
   */
  public static CaseIndex createLike(Path source, Path target, double ramBufferMb) throws IOException {
    IndexMeta meta = IndexMeta.read(source);
    return CaseIndex.create(target, meta,
        org.xiezhi.indexer.analysis.LegalDictionary.read(source.resolve(CaseIndex.DICTIONARY_FILE)), null, ramBufferMb);
  }

  /** Visits every live case of the index in {@code dataDir}; returns how many. */
  public static long forEach(Path dataDir, Visitor visitor) throws IOException {
    IndexMeta.read(dataDir);
    long n = 0;
    try (Directory dir = FSDirectory.open(dataDir.resolve("lucene")); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      Weight cases = s.createWeight(s.rewrite(new TermQuery(new Term(KIND, KIND_CASE))),
          org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        var scorer = cases.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = r.getLiveDocs();
        BinaryDocValues fullText = r.getBinaryDocValues(FULL_TEXT_VALUE);
        FloatVectorValues vectors = r.getFloatVectorValues(FACTS_VECTOR);
        var stored = r.storedFields();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          CaseRecord rec = Json.mapper().readValue(stored.document(doc).get(RECORD), CaseRecord.class);
          if (rec.fullText() == null && fullText != null && fullText.advanceExact(doc)) {
            rec = rec.withFullText(fullText.binaryValue().utf8ToString());
          }
          float[] v = null;
          if (vectors != null && vectors.docID() < doc) {
            vectors.advance(doc);
          }
          if (vectors != null && vectors.docID() == doc) {
            v = vectors.vectorValue().clone();
          }
          visitor.accept(rec, v);
          n++;
        }
      }
    }
    return n;
  }
}
