package org.xiezhi.indexer;

import java.util.List;

/**
 * One similar case and why: its score (in {@code hit}), its BM25 and cosine scores against the query
 * (null when it was not retrieved that way), the charges and articles it shares with the query,
 * the query's key terms it shares, highlighted matching passages of its facts (in {@code hit}),
 * and each defendant's penalty (in {@code hit}).
 */
public record SimilarCase(
    CaseHit hit,
    Double keywordScore,
    Double denseScore,
    List<String> sharedCharges,
    List<String> sharedArticles,
    List<String> sharedTerms) {}
