package org.xiezhi.indexer.solr;

import static org.xiezhi.indexer.CaseFields.FACET_FIELDS;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.xiezhi.indexer.SearchResult;

/**
 * Facets of a Solr search in the embedded index's form: counts per value of every facet field, the
 * {@value #TOP} most frequent first (ties by value).
 */
final class SolrFacets {
  static final int TOP = 10;

  private SolrFacets() {}

  /** From Solr's facet counts (all values of each field, counted over every match). */
  static Map<String, List<SearchResult.FacetCount>> of(QueryResponse r) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String f : FACET_FIELDS) {
      Map<String, Integer> m = new HashMap<>();
      FacetField ff = r.getFacetField(f);
      if (ff != null && ff.getValues() != null) {
        ff.getValues().forEach(c -> m.put(c.getName(), (int) c.getCount()));
      }
      counts.put(f, m);
    }
    return top(counts);
  }

  static Map<String, List<SearchResult.FacetCount>> count(List<SolrDocument> docs) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String f : FACET_FIELDS) {
      Map<String, Integer> m = new HashMap<>();
      for (SolrDocument d : docs) {
        Collection<Object> vs = d.getFieldValues(f);
        if (vs != null) {
          new LinkedHashSet<>(vs).forEach(v -> m.merge(v.toString(), 1, Integer::sum));
        }
      }
      counts.put(f, m);
    }
    return top(counts);
  }

  /** The embedded index's facet order: count descending, then value. */
  private static Map<String, List<SearchResult.FacetCount>> top(Map<String, Map<String, Integer>> counts) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    counts.forEach((field, m) -> out.put(field, m.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue())
            ? a.getKey().compareTo(b.getKey()) : Integer.compare(b.getValue(), a.getValue()))
        .limit(TOP)
        .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue()))
        .toList()));
    return out;
  }
}
