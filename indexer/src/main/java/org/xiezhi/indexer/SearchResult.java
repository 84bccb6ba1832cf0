package org.xiezhi.indexer;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: total matches (keyword mode; the candidate count
 * otherwise), the hits, facet counts per field (value → count, most frequent first) and the time
 * taken.
 */
public record SearchResult(
    long total, List<CaseHit> hits, Map<String, List<FacetCount>> facets, double tookMs, String mode) {

  /** One facet value and how many matching cases carry it. */
  public record FacetCount(String value, int count) {}
}
