package org.xiezhi.indexer;

import java.util.List;

/**
 * Restrictions on the cases a search returns; empty lists and null bounds mean "any". Values of one
 * list are alternatives (OR); different lists must all hold (AND). Penalty bounds are in months
 * and match when some defendant's fixed-term penalty lies in the range.
 */
public record SearchFilters(
    List<String> charges,
    List<String> articles,
    List<String> courts,
    List<String> regions,
    Integer yearFrom,
    Integer yearTo,
    Integer penaltyMinMonths,
    Integer penaltyMaxMonths) {

  /** No restriction. */
  public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, null, null);

  public SearchFilters {
    charges = charges == null ? List.of() : List.copyOf(charges);
    articles = articles == null ? List.of() : List.copyOf(articles);
    courts = courts == null ? List.of() : List.copyOf(courts);
    regions = regions == null ? List.of() : List.copyOf(regions);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException("yearFrom " + yearFrom + " is after yearTo " + yearTo);
    }
    if (penaltyMinMonths != null && penaltyMinMonths < 0) {
      throw new IllegalArgumentException("penaltyMinMonths must be ≥ 0");
    }
    if (penaltyMinMonths != null && penaltyMaxMonths != null && penaltyMinMonths > penaltyMaxMonths) {
      throw new IllegalArgumentException("penaltyMinMonths is above penaltyMaxMonths");
    }
  }

  /** True when nothing is restricted. */
  public boolean isEmpty() {
    return charges.isEmpty() && articles.isEmpty() && courts.isEmpty() && regions.isEmpty()
        && yearFrom == null && yearTo == null && penaltyMinMonths == null && penaltyMaxMonths == null;
  }
}
