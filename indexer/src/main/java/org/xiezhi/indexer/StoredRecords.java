package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.RECORD;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;

/** Reads the records stored in the index (the layout written by {@link CaseDocuments}). */
final class StoredRecords {
  private StoredRecords() {}

  /** The stored record of a case, without its full text (all a hit needs). */
  static CaseRecord caseRecord(IndexSearcher s, int doc) {
    return read(s, doc, CaseRecord.class);
  }

  /** The stored record of a case with its full text (from doc values; indexes built before keep it in the record). */
  static CaseRecord caseWithFullText(IndexSearcher s, int doc) {
    CaseRecord r = caseRecord(s, doc);
    if (r.fullText() != null) {
      return r;
    }
    try {
      List<org.apache.lucene.index.LeafReaderContext> leaves = s.getIndexReader().leaves();
      org.apache.lucene.index.LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
      org.apache.lucene.index.BinaryDocValues dv = leaf.reader().getBinaryDocValues(CaseFields.FULL_TEXT_VALUE);
      if (dv != null && dv.advanceExact(doc - leaf.docBase)) {
        return r.withFullText(dv.binaryValue().utf8ToString());
      }
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored record of a statute article. */
  static StatuteArticle statute(IndexSearcher s, int doc) {
    return read(s, doc, StatuteArticle.class);
  }

  private static <T> T read(IndexSearcher s, int doc, Class<T> type) {
    try {
      Document d = s.storedFields().document(doc);
      return Json.mapper().readValue(d.get(RECORD), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
