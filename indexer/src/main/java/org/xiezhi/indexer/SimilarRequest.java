package org.xiezhi.indexer;

import java.util.List;

/**
 * A similar-case query: a fact description or a whole judgment ({@code text}), the charges the
 * caller already knows (optional; a whole judgment's own charges are added), how many cases to
 * return, optional filters, and whether to explain each case (highlighted passages and the query's
 * key terms it shares; callers that only read the cases' records, such as the advisor, skip it).
 */
public record SimilarRequest(String text, List<String> charges, int k, SearchFilters filters, boolean explain) {
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

  /** A request with explanations. */
  public SimilarRequest(String text, List<String> charges, int k, SearchFilters filters) {
    this(text, charges, k, filters, true);
  }

  /** The top {@code k} cases like {@code facts}, no filters. */
  public static SimilarRequest of(String facts, int k) {
    return new SimilarRequest(facts, List.of(), k, SearchFilters.NONE);
  }

  /** This request without explanations. */
  public SimilarRequest withoutExplanations() {
    return new SimilarRequest(text, charges, k, filters, false);
  }
}
