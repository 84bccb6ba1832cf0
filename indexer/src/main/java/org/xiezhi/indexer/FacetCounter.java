package org.xiezhi.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every matching document, the values of the keyword fields (sorted-set doc values)
 * — the facets of a search. Use once per search.
 */
final class FacetCounter implements Collector {
  private final List<String> fields;
  private final List<Map<String, Integer>> counts = new ArrayList<>();

  FacetCounter(List<String> fields) {
    this.fields = fields;
    for (int i = 0; i < fields.size(); i++) {
      counts.add(new HashMap<>());
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
    SortedSetDocValues[] dv = new SortedSetDocValues[fields.size()];
    int[][] ordCounts = new int[fields.size()][];
    for (int i = 0; i < dv.length; i++) {
      dv[i] = DocValues.getSortedSet(ctx.reader(), fields.get(i));
      ordCounts[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, dv[i].getValueCount())];
    }
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        for (int i = 0; i < dv.length; i++) {
          if (dv[i].advanceExact(doc)) {
            for (int k = 0; k < dv[i].docValueCount(); k++) {
              ordCounts[i][(int) dv[i].nextOrd()]++;
            }
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < dv.length; i++) {
          SortedSetDocValues values = DocValues.getSortedSet(ctx.reader(), fields.get(i));
          for (int o = 0; o < ordCounts[i].length; o++) {
            if (ordCounts[i][o] > 0) {
              counts.get(i).merge(values.lookupOrd(o).utf8ToString(), ordCounts[i][o], Integer::sum);
            }
          }
        }
      }
    };
  }

  /** field → the {@code top} most frequent values with counts. */
  Map<String, List<SearchResult.FacetCount>> top(int top) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      out.put(fields.get(i), counts.get(i).entrySet().stream()
          .sorted((a, b) -> a.getValue().equals(b.getValue())
              ? a.getKey().compareTo(b.getKey()) : Integer.compare(b.getValue(), a.getValue()))
          .limit(top)
          .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue()))
          .toList());
    }
    return out;
  }
}
