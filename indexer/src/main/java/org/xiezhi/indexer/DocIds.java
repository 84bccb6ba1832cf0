package org.xiezhi.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * The id of a document by Lucene doc number, read once per segment and then kept: loading it from
 * the stored fields decompresses a whole block of stored records each time, which dominated the
 * candidate stage of a similar-case search. Segments are immutable, so an id once read stays right
 * for that segment (deletions do not change it). Thread-safe.
 */
final class DocIds {
  private final Map<IndexReader.CacheKey, AtomicReferenceArray<String>> bySegment = new WeakHashMap<>();

  /** The id of {@code doc} of {@code s}. */
  String id(IndexSearcher s, int doc) {
    var leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    AtomicReferenceArray<String> ids = null;
    if (helper != null) {
      synchronized (bySegment) {
        ids = bySegment.computeIfAbsent(helper.getKey(), k -> new AtomicReferenceArray<>(leaf.reader().maxDoc()));
      }
      String known = ids.get(local);
      if (known != null) {
        return known;
      }
    }
    try {
      String id = leaf.reader().storedFields().document(local, Set.of(CaseFields.ID)).get(CaseFields.ID);
      if (ids != null && id != null) {
        ids.set(local, id);
      }
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
