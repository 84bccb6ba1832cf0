package org.xiezhi.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * The keyword query of a text too long (or not parseable) as query syntax: each field's distinct
 * terms once, boosted by how often they occur (what the parser's repeated clauses amount to), at
 * most {@link #MAX_TERMS_PER_FIELD} per field chosen by count × idf, so that a whole fact paragraph
 * (2,000 characters) stays far below Lucene's clause limit.
 */
final class LiteralQuery {
  /** A parsed query with more leaf clauses than this is searched as a literal query instead. */
  static final int MAX_LEAF_CLAUSES = 512;
  /** Distinct terms kept per field: 6 fields × 150 = 900 leaf clauses at most, under Lucene's 1,024. */
  static final int MAX_TERMS_PER_FIELD = 150;

  private LiteralQuery() {}

  /** Leaf clauses of {@code q} (term queries and other leaves), as Lucene's clause limit counts them. */
  static int leafClauses(Query q) {
    int[] n = {0};
    q.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        n[0] += Math.max(1, terms.length);
      }

      @Override
      public void visitLeaf(Query query) {
        n[0]++;
      }
    });
    return n[0];
  }

  /**
   * The literal query of {@code text} over {@code fields} (field → boost); {@code reader} gives the
   * idf used to choose terms when a field has too many (null: by count, then first appearance).
   */
  static Query of(Analyzer analyzer, Map<String, Float> fields, String text, IndexReader reader) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String field : fields.keySet().stream().sorted().toList()) {
      Map<String, Integer> counts = counts(analyzer, field, text);
      if (counts.isEmpty()) {
        continue;
      }
      Map<String, Double> weight = new LinkedHashMap<>();
      int docs = reader == null ? 0 : Math.max(1, reader.numDocs());
      for (var e : counts.entrySet()) {
        double idf = 1;
        if (reader != null && counts.size() > MAX_TERMS_PER_FIELD) {
          int df = reader.docFreq(new Term(field, e.getKey()));
          idf = df == 0 ? 0 : Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        }
        weight.put(e.getKey(), e.getValue() * idf);
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      weight.entrySet().stream()
          .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()))
          .limit(MAX_TERMS_PER_FIELD)
          .forEach(e -> {
            int c = counts.get(e.getKey());
            Query q = new TermQuery(new Term(field, e.getKey()));
            b.add(c == 1 ? q : new BoostQuery(q, c), BooleanClause.Occur.SHOULD);
          });
      float boost = fields.get(field);
      Query fq = b.build();
      all.add(boost == 1f ? fq : new BoostQuery(fq, boost), BooleanClause.Occur.SHOULD);
    }
    return all.build();
  }

  private static Map<String, Integer> counts(Analyzer analyzer, String field, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
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
}
