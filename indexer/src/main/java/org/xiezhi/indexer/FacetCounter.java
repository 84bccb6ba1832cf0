package org.xiezhi.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts, over every matching document, the values of the facet fields — the facets of a search —
 * from the per-segment arrays of {@link FacetOrds}. Use once per search.
 */
final class FacetCounter implements Collector {
  private final FacetOrds ords;
  private final Weight filter;
  /** Per segment searched: the facet arrays and the count of each ord, per field. */
  private final List<FacetOrds.Field[]> leafFields = new ArrayList<>();
  private final List<int[][]> leafCounts = new ArrayList<>();

  /**
   * A counter of the documents collected that also match {@code filter} (null: every collected one).
   * Searching a pure disjunction alone and testing the filter per segment from a bit set is several
   * times faster than searching the conjunction: Lucene then scores the disjunction in windows instead
   * of advancing a heap of postings.
   */
  FacetCounter(FacetOrds ords, Weight filter) {
    this.ords = ords;
    this.filter = filter;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
    FacetOrds.Field[] fields = ords.of(ctx.reader());
    FixedBitSet allowed = null;
    if (filter != null) {
      allowed = new FixedBitSet(ctx.reader().maxDoc());
      Scorer sc = filter.scorer(ctx);
      if (sc != null) {
        allowed.or(sc.iterator());
      }
    }
    FixedBitSet bits = allowed;
    int[][] perOrd = new int[fields.length][];
    for (int i = 0; i < fields.length; i++) {
      perOrd[i] = new int[fields[i].labels().length];
    }
    leafFields.add(fields);
    leafCounts.add(perOrd);
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) {
        if (bits != null && !bits.get(doc)) {
          return;
        }
        for (int i = 0; i < fields.length; i++) {
          int[] start = fields[i].start();
          int[] o = fields[i].ords();
          int[] c = perOrd[i];
          for (int j = start[doc], end = start[doc + 1]; j < end; j++) {
            c[o[j]]++;
          }
        }
      }
    };
  }

  /** field → the {@code top} most frequent values with counts (ties by value). */
  Map<String, List<SearchResult.FacetCount>> top(int top) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (int i = 0; i < ords.fields().size(); i++) {
      TopValues best = new TopValues(top);
      if (leafCounts.size() == 1) { // one segment: ords are distinct values, no merge needed
        String[] labels = leafFields.get(0)[i].labels();
        int[] c = leafCounts.get(0)[i];
        for (int o = 0; o < c.length; o++) {
          if (c[o] > 0) {
            best.offer(labels[o], c[o]);
          }
        }
      } else {
        Map<String, Integer> merged = new HashMap<>();
        for (int l = 0; l < leafCounts.size(); l++) {
          String[] labels = leafFields.get(l)[i].labels();
          int[] c = leafCounts.get(l)[i];
          for (int o = 0; o < c.length; o++) {
            if (c[o] > 0) {
              merged.merge(labels[o], c[o], Integer::sum);
            }
          }
        }
        merged.forEach(best::offer);
      }
      out.put(ords.fields().get(i), best.sorted());
    }
    return out;
  }

  /** The {@code n} values with the highest counts seen, ties broken by value (a bounded heap). */
  private static final class TopValues {
    private static final Comparator<SearchResult.FacetCount> WORST_FIRST =
        Comparator.comparingLong(SearchResult.FacetCount::count)
            .thenComparing(SearchResult.FacetCount::value, Comparator.reverseOrder());
    private final int n;
    private final PriorityQueue<SearchResult.FacetCount> heap;

    TopValues(int n) {
      this.n = n;
      this.heap = new PriorityQueue<>(Math.max(1, n + 1), WORST_FIRST);
    }

    void offer(String value, int count) {
      if (n <= 0) {
        return;
      }
      if (heap.size() < n) {
        heap.add(new SearchResult.FacetCount(value, count));
        return;
      }
      SearchResult.FacetCount worst = heap.peek();
      if (count > worst.count() || (count == worst.count() && value.compareTo(worst.value()) < 0)) {
        heap.poll();
        heap.add(new SearchResult.FacetCount(value, count));
      }
    }

    List<SearchResult.FacetCount> sorted() {
      List<SearchResult.FacetCount> l = new ArrayList<>(heap);
      l.sort(WORST_FIRST.reversed());
      return l;
    }
  }
}
