package org.xiezhi.indexer;

import java.util.List;

/**
 * One case in a result list: its id, score, the fields a reader needs to judge it, highlighted
 * snippets (matches between 【 and 】) and the penalty each defendant received.
 */
public record CaseHit(
    String id,
    double score,
    String title,
    String court,
    Integer year,
    List<String> charges,
    List<String> articles,
    List<String> snippets,
    List<DefendantPenalty> penalties) {

  /** A defendant (masked name), the charges, and the penalty finally imposed in words. */
  public record DefendantPenalty(String name, List<String> charges, String penalty, Integer months) {}
}
