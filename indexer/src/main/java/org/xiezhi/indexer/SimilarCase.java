package org.xiezhi.indexer;

import java.util.List;

/**
 * One similar case and why: its score, the charges and articles it shares with the query, the key
 * terms it shares, highlighted matching passages of its facts, and each defendant's penalty.
 */
public record SimilarCase(
    CaseHit hit,
    double keywordScore,
    double denseScore,
    List<String> sharedCharges,
    List<String> sharedArticles,
    List<String> sharedTerms) {}
