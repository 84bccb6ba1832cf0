package org.xiezhi.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet values of every document of a segment, read once from the sorted-set doc values and
 * then kept as plain arrays (the way Solr un-inverts a field for faceting): counting the facets of a
 * search then costs an array walk per match instead of a doc-values seek per field, and labels are
 * decoded once per segment instead of once per search. Segments are immutable, so the arrays stay
 * right for a segment (deletions are left to the search, which never collects deleted documents).
 * Thread-safe.
 */
final class FacetOrds {
  /** One field of one segment: the ords of document d are {@code ords[start[d]] .. ords[start[d+1]-1]}. */
  record Field(int[] start, int[] ords, String[] labels) {}

  private final List<String> fields;
  private final Map<IndexReader.CacheKey, Field[]> bySegment = new WeakHashMap<>();

  FacetOrds(List<String> fields) {
    this.fields = List.copyOf(fields);
  }

  List<String> fields() {
    return fields;
  }

  /** The facet arrays of {@code reader}, one per field in {@link #fields()} order. */
  Field[] of(LeafReader reader) {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader);
    }
    synchronized (bySegment) {
      Field[] known = bySegment.get(helper.getKey());
      if (known != null) {
        return known;
      }
    }
    Field[] read = read(reader); // outside the lock: two threads may both read a new segment once
    synchronized (bySegment) {
      return bySegment.computeIfAbsent(helper.getKey(), k -> read);
    }
  }

  private Field[] read(LeafReader reader) {
    try {
      Field[] out = new Field[fields.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = read(reader, fields.get(i));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Field read(LeafReader reader, String field) throws IOException {
    int maxDoc = reader.maxDoc();
    SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
    int[] start = new int[maxDoc + 1]; // first the count of document d at d + 1, then prefix sums
    int[] ords = new int[Math.max(16, maxDoc)];
    int n = 0;
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      int count = dv.docValueCount();
      if (n + count > ords.length) {
        ords = java.util.Arrays.copyOf(ords, Math.max(ords.length * 2, n + count));
      }
      for (int c = 0; c < count; c++) {
        ords[n++] = Math.toIntExact(dv.nextOrd());
      }
      start[d + 1] = count;
    }
    for (int d = 0; d < maxDoc; d++) {
      start[d + 1] += start[d];
    }
    String[] labels = new String[Math.toIntExact(dv.getValueCount())];
    var te = dv.termsEnum();
    int o = 0;
    for (var b = te.next(); b != null; b = te.next()) {
      labels[o++] = b.utf8ToString();
    }
    return new Field(start, java.util.Arrays.copyOf(ords, n), labels);
  }
}
