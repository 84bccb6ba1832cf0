package org.xiezhi.indexer;

import java.util.List;

/**
 * One similar case and why: its score (in {@code hit}), its BM25 and cosine scores against the query
 * (null when it was not retrieved that way), the charges and articles it shares with the query,
 * the query's key terms it shares, highlighted matching passages of its facts (in {@code hit}),
 * each defendant's penalty (in {@code hit}), and in a judge's words why the ranker placed it there
 * ({@code reasons}: 同罪名（盗窃罪）, 同一数额档次…, 均有自首情节, 该案判处有期徒刑8个月; empty when the
 * ranker gives none).
 */
public record SimilarCase(
    CaseHit hit,
    Double keywordScore,
    Double denseScore,
    List<String> sharedCharges,
    List<String> sharedArticles,
    List<String> sharedTerms,
    List<String> reasons) {
  public SimilarCase {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** A similar case without the ranker's reasons. */
  public SimilarCase(CaseHit hit, Double keywordScore, Double denseScore, List<String> sharedCharges,
      List<String> sharedArticles, List<String> sharedTerms) {
    this(hit, keywordScore, denseScore, sharedCharges, sharedArticles, sharedTerms, List.of());
  }
}
