package org.xiezhi.indexer.rank;

import java.util.Objects;
import java.util.Set;

/**
 * One case offered to the {@link SimilarCaseRanker}: its id, its keyword (BM25) score against the
 * query facts (0 when no query term matched) and its charges as catalogue names.
 */
public record RankCandidate(String docId, double textScore, Set<String> charges) {
  public RankCandidate {
    Objects.requireNonNull(docId, "docId");
    charges = charges == null ? Set.of() : Set.copyOf(charges);
    if (Double.isNaN(textScore) || textScore < 0) {
      throw new IllegalArgumentException("textScore must be a non-negative number: " + textScore);
    }
  }
}
