package org.xiezhi.indexer.rank;

import java.util.Objects;
import java.util.Set;

/**
 * One candidate case as the feature ranker sees it: id, BM25 of the query facts against its facts and
 * against its court's reasoning (0 when not matched or not computed), its place in the BM25 order of
 * the query's facts over the whole index (from 1; 0 when outside the first stage's list), its charges
 * as catalogue names and its {@link CaseProfile}.
 */
public record FeatureCandidate(String docId, double bm25, double reasoningBm25, int bm25Rank, Set<String> charges,
    CaseProfile profile) {
  public FeatureCandidate {
    if (bm25Rank < 0) {
      throw new IllegalArgumentException("bm25Rank must be 0 (outside the list) or a place from 1, not " + bm25Rank);
    }
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(profile, "profile");
    charges = charges == null ? Set.of() : Set.copyOf(charges);
    bm25 = Double.isNaN(bm25) ? 0 : Math.max(0, bm25);
    reasoningBm25 = Double.isNaN(reasoningBm25) ? 0 : Math.max(0, reasoningBm25);
  }
}
