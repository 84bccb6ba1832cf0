package org.xiezhi.indexer.solr;

import static org.xiezhi.indexer.CaseFields.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.xiezhi.indexer.CaseFields;
import org.xiezhi.indexer.SearchFilters;

/**
 * Builds the parameters of one Solr request. Terms and values go in parameters of their own,
 * referenced from {@code {!term}} / {@code {!bool}} queries, so nothing the analyzers produced is
 * analysed again or needs escaping. Not thread-safe: one per request.
 */
final class SolrParams {
  /** Separator of ids in a {@code {!terms}} query (a control character no id holds). */
  static final String ID_SEPARATOR = "\u001f";

  final ModifiableSolrParams params = new ModifiableSolrParams();
  private int next;

  private String param(String value) {
    String name = "x" + (next++);
    params.set(name, value);
    return "$" + name;
  }

  /** A query matching exactly {@code value} in {@code field} (no analysis). */
  String term(String field, String value) {
    return "{!term f=" + field + " v=" + param(value) + "}";
  }

  /** A disjunction (BM25 summed) of the exact {@code terms} in {@code field}, each with its boost (null: 1). */
  String disjunction(String field, Collection<String> terms, Map<String, Float> boosts) {
    StringBuilder b = new StringBuilder("{!bool");
    for (String t : terms) {
      String q = term(field, t);
      Float boost = boosts == null ? null : boosts.get(t);
      if (boost != null && boost != 1f) {
        q = "{!boost b=" + String.format(Locale.ROOT, "%s", boost) + " v=" + param(q) + "}";
      }
      b.append(" should=").append(param(q));
    }
    return b.append("}").toString();
  }

  /** A disjunction of sub-queries. */
  String or(List<String> queries) {
    StringBuilder b = new StringBuilder("{!bool");
    for (String q : queries) {
      b.append(" should=").append(param(q));
    }
    return b.append("}").toString();
  }

  /** A query matching the documents with these ids. */
  String ids(Collection<String> ids) {
    for (String id : ids) {
      if (id.contains(ID_SEPARATOR)) {
        throw new IllegalArgumentException("id holds a control character: " + id);
      }
    }
    return "{!terms f=" + ID + " separator=" + param(ID_SEPARATOR) + " v=" + param(String.join(ID_SEPARATOR, ids)) + "}";
  }

  /** kNN over the facts vectors, {@code k} per shard (the caller keeps the global top by score). */
  String knn(float[] vector, int k) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < vector.length; i++) {
      b.append(i == 0 ? "" : ",").append(vector[i]);
    }
    return "{!knn f=" + FACTS_VECTOR + " topK=" + k + "}" + b.append(']');
  }

  /**
   * The user's keyword query (classic syntax, already checked by the embedded parser) over the
   * case text fields with their boosts, summed over fields as Lucene's MultiFieldQueryParser does
   * (extended dismax with tie 1).
   */
  String keyword(String text) {
    StringBuilder qf = new StringBuilder();
    CaseFields.CASE_TEXT_FIELDS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> qf.append(qf.length() == 0 ? "" : " ").append(e.getKey()).append('^').append(e.getValue()));
    String edismax = "{!edismax qf=" + param(qf.toString()) + " tie=1.0 sow=true q.op=OR mm=0 lowercaseOperators=false v="
        + param(text) + "}";
    // A phrase records a field's collection statistics only on shards holding one of its terms, so
    // the distributed statistics would miss the other shards' documents: a term query per field
    // (matching nothing) records them everywhere without changing any score.
    List<String> clauses = new ArrayList<>();
    clauses.add(edismax);
    CaseFields.CASE_TEXT_FIELDS.keySet().stream().sorted().forEach(f -> clauses.add(term(f, STATS_ONLY)));
    return or(clauses);
  }

  /** A term no analyzer produces (a lone control character). */
  static final String STATS_ONLY = "\u0000";

  /** The filter queries of a case search: kind=case plus every restriction (same semantics as the embedded index). */
  List<String> filters(SearchFilters f) {
    List<String> out = new ArrayList<>();
    out.add(term(KIND, KIND_CASE));
    anyOf(out, CHARGE, f.charges());
    anyOf(out, ARTICLE, f.articles());
    anyOf(out, COURT, f.courts());
    anyOf(out, REGION, f.regions());
    if (f.yearFrom() != null || f.yearTo() != null) {
      out.add(YEAR + ":[" + (f.yearFrom() == null ? "*" : f.yearFrom()) + " TO "
          + (f.yearTo() == null ? "*" : f.yearTo()) + "]");
    }
    if (f.penaltyMinMonths() != null || f.penaltyMaxMonths() != null) {
      out.add(PENALTY_MONTHS + ":[" + (f.penaltyMinMonths() == null ? 0 : f.penaltyMinMonths()) + " TO "
          + (f.penaltyMaxMonths() == null ? "*" : f.penaltyMaxMonths()) + "]");
    }
    return out;
  }

  private void anyOf(List<String> out, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<String> any = new ArrayList<>();
    for (String v : values) {
      any.add(term(field, v));
      if (field.equals(CHARGE) && !v.endsWith("罪")) {
        any.add(term(field, v + "罪"));
      }
    }
    out.add(or(any));
  }

  /** Escapes a value for the classic syntax (kept for callers building plain queries). */
  static String escape(String s) {
    return ClientUtils.escapeQueryChars(s);
  }
}
