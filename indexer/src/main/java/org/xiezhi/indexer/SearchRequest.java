package org.xiezhi.indexer;

/**
 * A case search. {@code query} uses Lucene's classic syntax: words, {@code "phrases"}, {@code +must},
 * {@code -not}, {@code field:value} with the fields facts, reasoning, full_text, title (and their
 * bigram twins {@code *_bg}), charge, article, court, region.
 */
public record SearchRequest(
    String query, Mode mode, SearchFilters filters, int k, boolean facets, boolean highlight) {

  /** How candidates are retrieved. */
  public enum Mode {
    /** BM25 over the text fields. */
    KEYWORD,
    /** kNN over the facts vectors. */
    SEMANTIC,
    /** Both, fused. */
    HYBRID
  }

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("query is empty");
    }
    if (k < 1 || k > 1000) {
      throw new IllegalArgumentException("k must be between 1 and 1000, not " + k);
    }
    mode = mode == null ? Mode.KEYWORD : mode;
    filters = filters == null ? SearchFilters.NONE : filters;
  }

  /** A keyword search for the top 10 with facets and highlights. */
  public static SearchRequest keyword(String query) {
    return new SearchRequest(query, Mode.KEYWORD, SearchFilters.NONE, 10, true, true);
  }

  /** {@code text} with every query-syntax character escaped, so that it is searched as plain words. */
  public static String literal(String text) {
    return org.apache.lucene.queryparser.classic.QueryParser.escape(text);
  }
}
