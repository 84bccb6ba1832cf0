package org.xiezhi.api.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiezhi.corpus.model.CaseRecord;

/** Case search and lookup, as the HTTP service needs it (implemented by the indexer). */
public interface CaseSearchPort {

  /** A keyword or fact-description query with optional filters; {@code limit} is 1..100. */
  record Query(String text, int limit, List<String> charges, String court, Integer yearFrom, Integer yearTo) {
    public Query {
      charges = charges == null ? List.of() : List.copyOf(charges);
    }
  }

  /**
   * One hit; {@code highlight} is HTML-escaped text whose matches are wrapped in {@code <mark>};
   * {@code source} is {@code demo} for the project's fictional judgments; {@code sentences} holds
   * each defendant's final penalty in words ("王某：有期徒刑一年，并处罚金").
   */
  record Hit(String id, String title, String court, Integer year, List<String> charges, double score, String highlight,
      String caseNumber, String date, String region, String procedure, String source, List<String> articles,
      List<String> sentences) {
    public Hit(String id, String title, String court, Integer year, List<String> charges, double score, String highlight) {
      this(id, title, court, year, charges, score, highlight, null, null, null, null, null, List.of(), List.of());
    }
  }

  /** Hits, the total count and facet counts (facet name → value → count). */
  record Result(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {}

  Result search(Query query);

  /** A case by id, masked. */
  Optional<CaseRecord> get(String id);

  /** Number of cases searchable now. */
  long size();

  /** Re-opens the index from disk (admin operation). */
  void reload();
}
