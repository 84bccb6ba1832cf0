package org.xiezhi.api.report;

import java.util.List;

/**
 * A 类案检索报告 as the Supreme People's Court's 2020 guiding opinion on similar-case retrieval asks
 * for it: who searched and when, the platform and scope, the terms and method, the case at hand, the
 * cases selected with their key points and how each is or is not similar, the conclusion and the
 * versions of the models behind the search. Every text is already masked.
 */
public record SimilarCaseReport(
    String searcher,
    String searchedAt,
    String scope,
    String terms,
    String pendingCase,
    List<Entry> cases,
    String conclusion,
    List<String> modelVersions,
    String generatedAt) {

  public SimilarCaseReport {
    cases = List.copyOf(cases);
    modelVersions = List.copyOf(modelVersions);
  }

  /**
   * One selected case: what identifies it, its key points (charges, articles, each defendant's
   * penalty, and the searcher's own summary when given), the searcher's finding (类似, 部分类似 or
   * 不类似) and the reasons; {@code demo} marks the project's fictional example judgments.
   */
  public record Entry(
      String id,
      String title,
      String court,
      String date,
      String caseNumber,
      boolean demo,
      List<String> charges,
      List<String> articles,
      List<String> sentences,
      String keyPoints,
      String similarity,
      String note) {
    public Entry {
      charges = List.copyOf(charges);
      articles = List.copyOf(articles);
      sentences = List.copyOf(sentences);
    }
  }
}
