package org.xiezhi.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.xiezhi.indexer.analysis.KnownTermsAnalyzer;

/**
 * Highlighted passages of a text for a query: matches are wrapped in 【 】 at their exact offsets,
 * passages joined by … . When the query holds only terms and phrases of the field (the usual case),
 * the text is scanned for those terms ({@link KnownTermsAnalyzer}) instead of being segmented
 * again; wildcard, prefix or fuzzy parts fall back to re-analysing the text with the field's analyzer.
 * Term-only queries are highlighted from the scanned stream; phrases match on an in-memory index of
 * the text (both gave the same snippets on the 1,070 top-10 hits of the 107 LeCaRD keyword queries of
 * {@code bench search}, the stream 1.5 against 2.2 ms per hit in one cold pass).
 */
final class Snippets {
  /** Opening mark of a match. */
  static final String PRE = "【";
  /** Closing mark of a match. */
  static final String POST = "】";
  private static final int MAX_LENGTH = 20_000;

  private final UnifiedHighlighter analysing;
  private final boolean streamTerms;

  Snippets(Analyzer analyzer) {
    this(analyzer, true);
  }

  /**
   * {@code streamTerms}: highlight term-only queries from the scanned terms' stream directly, without
   * building an in-memory index of the text and matching the query against it (Lucene's
   * passage-relevancy and weight-matches modes, still used for phrases).
   */
  Snippets(Analyzer analyzer, boolean streamTerms) {
    this.analysing = highlighter(analyzer, false);
    this.streamTerms = streamTerms;
  }

  private static UnifiedHighlighter highlighter(Analyzer analyzer, boolean stream) {
    return UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new DefaultPassageFormatter(PRE, POST, "…", false))
        .withMaxLength(MAX_LENGTH)
        .withWeightMatches(!stream)
        .withPassageRelevancyOverSpeed(!stream)
        .build();
  }

  /** Up to {@code passages} highlighted passages of {@code text} for the terms of {@code query} in {@code field}. */
  List<String> of(String field, Query query, String text, int passages) {
    try (ForQuery h = forQuery(query)) {
      return h.of(field, text, passages);
    }
  }

  /** The highlighter of one query, for the texts of all the hits of one search. */
  ForQuery forQuery(Query query) {
    return new ForQuery(query);
  }

  /**
   * Highlights for one query: each field's highlighter (the query's terms of that field, their
   * scanning analyzer) is prepared on first use and reused for every text. Not thread-safe; close it
   * after the search.
   */
  final class ForQuery implements AutoCloseable {
    private final Query query;
    private final Map<String, Prepared> byField = new HashMap<>(4);

    private ForQuery(Query query) {
      this.query = query;
    }

    /** Up to {@code passages} highlighted passages of {@code text} for the query's terms in {@code field}. */
    List<String> of(String field, String text, int passages) {
      List<String> out = new ArrayList<>();
      if (text == null || text.isBlank()) {
        return out;
      }
      Prepared p = byField.computeIfAbsent(field, this::prepare);
      if (p.nothingAsked) {
        return out; // nothing asked of this field
      }
      try {
        Object r = p.highlighter.highlightWithoutSearcher(field, query, text, passages);
        if (r != null) {
          for (String passage : r.toString().split("…")) {
            if (passage.contains(PRE)) {
              out.add(passage.strip());
            }
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out;
    }

    private Prepared prepare(String field) {
      FieldTerms terms = FieldTerms.of(query, field);
      KnownTermsAnalyzer known = terms.complete && !terms.terms.isEmpty() ? new KnownTermsAnalyzer(terms.terms) : null;
      UnifiedHighlighter h = known != null ? highlighter(known, streamTerms && !terms.positional) : analysing;
      return new Prepared(terms.complete && terms.terms.isEmpty(), known, h);
    }

    @Override
    public void close() {
      for (Prepared p : byField.values()) {
        if (p.known != null) {
          p.known.close();
        }
      }
      byField.clear();
    }
  }

  private record Prepared(boolean nothingAsked, KnownTermsAnalyzer known, UnifiedHighlighter highlighter) {}

  /** The terms a query asks for in one field; {@code complete} false when it also matches by pattern. */
  private static final class FieldTerms extends QueryVisitor {
    private final String field;
    private final Set<String> terms = new LinkedHashSet<>();
    private boolean complete = true;
    private boolean positional;

    private FieldTerms(String field) {
      this.field = field;
    }

    static FieldTerms of(Query q, String field) {
      FieldTerms v = new FieldTerms(field);
      q.visit(v);
      return v;
    }

    @Override
    public boolean acceptField(String f) {
      return field.equals(f);
    }

    @Override
    public void consumeTerms(Query query, Term... ts) {
      if (!(query instanceof org.apache.lucene.search.TermQuery)) {
        positional = true; // a phrase (or synonyms): matched on an in-memory index of the text
      }
      for (Term t : ts) {
        terms.add(t.text());
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String f, java.util.function.Supplier<ByteRunAutomaton> automaton) {
      complete = false;
    }

    @Override
    public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
      return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
    }
  }
}
