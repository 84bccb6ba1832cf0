package org.xiezhi.indexer.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.xiezhi.indexer.CaseFields;

/** Reads a case's precomputed {@link CaseProfile} from the index's {@code rank_profile} doc values. */
public final class RankProfiles {
  private RankProfiles() {}

  /** The profile of top-level doc {@code doc}; null when the index has none for it (built before profiles). */
  public static CaseProfile read(IndexSearcher s, int doc) {
    try {
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      BinaryDocValues dv = leaf.reader().getBinaryDocValues(CaseFields.RANK_PROFILE);
      if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
        return null;
      }
      return CaseProfile.decode(dv.binaryValue().utf8ToString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
