package org.xiezhi.indexer;

import java.util.List;

/**
 * A similar-case query: a fact description or a whole judgment ({@code text}), the charges the
 * caller already knows (optional; a whole judgment's own charges are added), how many cases to
 * return and optional filters.
 */
public record SimilarRequest(String text, List<String> charges, int k, SearchFilters filters) {
  public SimilarRequest {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("fact text is empty");
    }
    if (k < 1 || k > 200) {
      throw new IllegalArgumentException("k must be between 1 and 200, not " + k);
    }
    charges = charges == null ? List.of() : List.copyOf(charges);
    filters = filters == null ? SearchFilters.NONE : filters;
  }

  /** The top {@code k} cases like {@code facts}, no filters. */
  public static SimilarRequest of(String facts, int k) {
    return new SimilarRequest(facts, List.of(), k, SearchFilters.NONE);
  }
}
