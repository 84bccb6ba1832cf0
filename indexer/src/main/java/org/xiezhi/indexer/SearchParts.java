package org.xiezhi.indexer;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.indexer.rank.ChargeAwareRanker;
import org.xiezhi.indexer.rank.ChargeNormalizer;
import org.xiezhi.inference.TextEmbedder;

/**
 * The pieces of the embedded search that another backend (SolrCloud) reuses so that both answer
 * alike: query parsing and analysis under the index's analyzers, highlighting, hit building, query
 * embedding and the default similar-case ranker. Thread-safe.
 */
public final class SearchParts {
  /** Candidates taken from each of the keyword and dense lists before fusion or ranking. */
  public static final int CANDIDATES = CaseSearch.CANDIDATES;
  /** Dense weight of the hybrid case search (min-max fusion). */
  public static final double HYBRID_DENSE_WEIGHT = CaseSearch.HYBRID_DENSE_WEIGHT;
  /** Most distinct terms of a similar-case query. */
  public static final int MAX_QUERY_TERMS = 1000;
  /** Key terms reported per similar-case query. */
  public static final int KEY_TERMS = 20;

  private final Analyzer perField;
  private final QueryBuilder queries;
  private final Snippets snippets;

  public SearchParts(LegalDictionary dict) {
    this.perField = CaseFields.perField(new HanLpAnalyzer(dict), new BigramAnalyzer());
    this.queries = new QueryBuilder(perField);
    this.snippets = new Snippets(perField);
  }

  /** The analyzer of every field. */
  public Analyzer analyzer() {
    return perField;
  }

  /** The keyword query as the embedded index builds it (classic syntax, else literal terms; never fails). */
  public Query keyword(String text) {
    return queries.keyword(text);
  }

  /** The distinct terms of {@code text} in {@code field}, in order of first appearance. */
  public Set<String> terms(String field, String text) {
    return queries.terms(field, text);
  }

  /** How often each term of {@code text} in {@code field} occurs, in order of first appearance. */
  public java.util.Map<String, Integer> termCounts(String field, String text) {
    return queries.termCounts(field, text);
  }

  /** A disjunction of the distinct terms of {@code text} (at most {@code max}) in {@code field}. */
  public Query bagOfTerms(String field, String text, int max) {
    return queries.bagOfTerms(field, text, max);
  }

  /** A disjunction of {@code terms} in {@code field}. */
  public static Query termsQuery(String field, Collection<String> terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** Up to {@code passages} highlighted passages (matches in 【 】) of {@code text} for {@code query}. */
  public List<String> snippets(String field, Query query, String text, int passages) {
    return snippets.of(field, query, text, passages);
  }

  /** Passages of a hit's facts, else of its reasoning, for {@code query} (as the embedded index shows them). */
  public List<String> hitSnippets(CaseRecord r, Query query) {
    try (Snippets.ForQuery marks = snippets.forQuery(query)) {
      return TextSearch.snippets(r, marks);
    }
  }

  /** A result line of a case. */
  public static CaseHit hit(CaseRecord r, double score, List<String> snippets) {
    return CaseSearch.hit(r, score, snippets);
  }

  /** The vector of a text as an index with {@code meta} embeds facts; null without vectors or text. */
  public static float[] embedFacts(IndexMeta meta, TextEmbedder embedder, String text) {
    if (embedder == null || meta.embeddingModel() == null || text == null || text.isBlank()) {
      return null;
    }
    LongTextStrategy strategy = LongTextStrategy.parse(meta.longTextStrategy());
    return strategy.pool(embedder.embed(strategy.windows(text, meta.maxEmbedChars())));
  }

  /**
   * The default similar-case ranker (as the embedded index builds it): charge names from the
   * dictionary's terms ending in 罪 and every charge indexed.
   */
  public static SimilarCaseRanker defaultRanker(LegalDictionary dict, Collection<String> indexedCharges) {
    Set<String> names = new TreeSet<>(indexedCharges);
    for (String t : dict.terms()) {
      if (t.endsWith("罪")) {
        names.add(t);
      }
    }
    return new ChargeAwareRanker(new ChargeNormalizer(List.copyOf(names)));
  }

  /** The case of a similar-case query: its facts, the charges and the articles it is known to involve. */
  public record QueryCase(String facts, Set<String> charges, Set<String> articles) {}

  /**
   * The case of {@code req}: its text and known charges, or, when the text is a whole judgment, the
   * judgment's facts with its charges and cited articles added.
   */
  public static QueryCase queryCase(SimilarRequest req) {
    String facts = req.text();
    Set<String> charges = new java.util.LinkedHashSet<>(req.charges());
    Set<String> articles = new java.util.LinkedHashSet<>();
    if (looksLikeJudgment(facts)) {
      CaseRecord parsed = org.xiezhi.corpus.judgment.JudgmentParser.parseText("query", facts);
      if (parsed.facts() != null && !parsed.facts().isBlank()) {
        facts = parsed.facts();
      }
      charges.addAll(parsed.charges());
      articles.addAll(parsed.articles());
    }
    return new QueryCase(facts, charges, articles);
  }

  /** True when a similar-case text is a whole judgment rather than a fact description. */
  public static boolean looksLikeJudgment(String text) {
    return text.contains("本院认为") && (text.contains("判决如下") || text.contains("公诉机关"));
  }

  /** True when {@code charge} (with or without 罪) is among the query's charges. */
  public static boolean containsCharge(Set<String> query, String charge) {
    String bare = charge.endsWith("罪") ? charge.substring(0, charge.length() - 1) : charge;
    return query.contains(charge) || query.contains(bare);
  }
}
