package org.xiezhi.indexer.rank;

import java.util.Objects;
import java.util.Set;

/**
 * One candidate case as the feature ranker sees it: id, BM25 of the query facts against its facts and
 * against its court's reasoning (0 when not matched or not computed), its charges as catalogue names
 * and its {@link CaseProfile}.
 */
public record FeatureCandidate(String docId, double bm25, double reasoningBm25, Set<String> charges, CaseProfile profile) {
  public FeatureCandidate {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(profile, "profile");
    charges = charges == null ? Set.of() : Set.copyOf(charges);
    bm25 = Double.isNaN(bm25) ? 0 : Math.max(0, bm25);
    reasoningBm25 = Double.isNaN(reasoningBm25) ? 0 : Math.max(0, reasoningBm25);
  }
}
