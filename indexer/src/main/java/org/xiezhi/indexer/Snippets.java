package org.xiezhi.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of a text for a query: the text is re-analysed, matches are wrapped in
 * 【 】 at their exact offsets, passages joined by … .
 */
final class Snippets {
  /** Opening mark of a match. */
  static final String PRE = "【";
  /** Closing mark of a match. */
  static final String POST = "】";

  private final UnifiedHighlighter highlighter;

  Snippets(Analyzer analyzer) {
    this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new DefaultPassageFormatter(PRE, POST, "…", false))
        .withMaxLength(20_000)
        .build();
  }

  /** Up to {@code passages} highlighted passages of {@code text} for the terms of {@code query} in {@code field}. */
  List<String> of(String field, Query query, String text, int passages) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try {
      Object h = highlighter.highlightWithoutSearcher(field, query, text, passages);
      if (h != null) {
        for (String p : h.toString().split("…")) {
          if (p.contains(PRE)) {
            out.add(p.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
