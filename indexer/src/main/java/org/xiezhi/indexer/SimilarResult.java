package org.xiezhi.indexer;

import java.util.List;

/**
 * The answer to a {@link SimilarRequest}: the cases, the charges and articles the query was read
 * as having, the ranker and embedding model used, and the time taken (query embedding included).
 */
public record SimilarResult(
    List<SimilarCase> cases,
    List<String> queryCharges,
    List<String> queryArticles,
    String ranker,
    String embeddingModel,
    double tookMs) {}
