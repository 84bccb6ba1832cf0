package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds Lucene queries: the user's keyword query over the case text fields, filters, bag-of-terms. */
final class QueryBuilder {
  private final Analyzer analyzer;

  QueryBuilder(Analyzer perField) {
    this.analyzer = perField;
  }

  /** The keyword query of {@code text} with terms chosen by count only (see {@link #keyword(String, IndexReader)}). */
  Query keyword(String text) {
    return keyword(text, null);
  }

  /**
   * Parses a keyword query (classic syntax) over the case text fields. A text that is not query
   * syntax (a bare {@code AND}, {@code mg/100ml}) or that would expand into more than
   * {@link LiteralQuery#MAX_LEAF_CLAUSES} clauses (a pasted fact paragraph) is searched as a
   * {@link LiteralQuery} instead, with idf from {@code reader} (may be null); it never fails.
   */
  Query keyword(String text, IndexReader reader) {
    String[] fields = CASE_TEXT_FIELDS.keySet().stream().sorted().toArray(String[]::new);
    MultiFieldQueryParser p = new MultiFieldQueryParser(fields, analyzer, CASE_TEXT_FIELDS);
    p.setDefaultOperator(QueryParser.Operator.OR);
    p.setSplitOnWhitespace(true);
    Query parsed = null;
    try {
      parsed = p.parse(text);
    } catch (ParseException | RuntimeException e) {
      // not query syntax, or too many clauses for the parser: the literal query below
    }
    if (parsed != null && LiteralQuery.leafClauses(parsed) <= LiteralQuery.MAX_LEAF_CLAUSES) {
      return parsed;
    }
    try {
      return LiteralQuery.of(analyzer, CASE_TEXT_FIELDS, text, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The filter of a case search: kind=case plus every restriction of {@code f}. */
  Query filter(SearchFilters f) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(KIND, KIND_CASE)), BooleanClause.Occur.FILTER);
    anyOf(b, CHARGE, f.charges());
    anyOf(b, ARTICLE, f.articles());
    anyOf(b, COURT, f.courts());
    anyOf(b, REGION, f.regions());
    if (f.yearFrom() != null || f.yearTo() != null) {
      b.add(IntPoint.newRangeQuery(YEAR, f.yearFrom() == null ? Integer.MIN_VALUE : f.yearFrom(),
          f.yearTo() == null ? Integer.MAX_VALUE : f.yearTo()), BooleanClause.Occur.FILTER);
    }
    if (f.penaltyMinMonths() != null || f.penaltyMaxMonths() != null) {
      b.add(IntPoint.newRangeQuery(PENALTY_MONTHS,
          f.penaltyMinMonths() == null ? 0 : f.penaltyMinMonths(),
          f.penaltyMaxMonths() == null ? Integer.MAX_VALUE : f.penaltyMaxMonths()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
      if (field.equals(CHARGE) && !v.endsWith("罪")) {
        any.add(new TermQuery(new Term(field, v + "罪")), BooleanClause.Occur.SHOULD);
      }
    }
    b.add(any.build(), BooleanClause.Occur.FILTER);
  }

  /** {@code must} AND {@code filter}. */
  static Query filtered(Query must, Query filter) {
    return new BooleanQuery.Builder()
        .add(must, BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }

  /** The distinct terms of {@code text} in {@code field}, in order of first appearance. */
  Set<String> terms(String field, String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The similar-case keyword query: each distinct term of {@code text} in {@code field} once, boosted
   * by how often it occurs (as the LeCaRD evaluation scores BM25); when there are more than
   * {@code max} distinct terms, the {@code max} with the highest count × idf in {@code reader}.
   */
  Query weightedBagOfTerms(String field, String text, int max, org.apache.lucene.index.IndexReader reader)
      throws IOException {
    java.util.Map<String, Integer> counts = termCounts(field, text);
    java.util.Collection<String> kept = counts.keySet();
    if (counts.size() > max) {
      int docs = Math.max(1, reader.numDocs());
      java.util.Map<String, Double> weight = new java.util.HashMap<>();
      for (var e : counts.entrySet()) {
        int df = reader.docFreq(new Term(field, e.getKey()));
        weight.put(e.getKey(), df == 0 ? 0 : e.getValue() * Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
      }
      kept = counts.keySet().stream()
          .sorted(java.util.Comparator.comparingDouble((String k) -> -weight.get(k)))
          .limit(max).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String term : counts.keySet()) {
      if (kept.contains(term)) {
        int c = counts.get(term);
        Query q = new TermQuery(new Term(field, term));
        b.add(c == 1 ? q : new org.apache.lucene.search.BoostQuery(q, c), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  /** How often each term of {@code text} in {@code field} occurs, in order of first appearance. */
  java.util.Map<String, Integer> termCounts(String field, String text) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(t.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  /** A disjunction of the distinct terms of {@code text} (at most {@code max}) in {@code field}. */
  Query bagOfTerms(String field, String text, int max) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String t : terms(field, text)) {
      if (n++ >= max) {
        break;
      }
      b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
