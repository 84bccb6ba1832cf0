package org.xiezhi.advisor.port;

import java.util.List;
import org.xiezhi.corpus.model.Sentence;

/**
 * A past case returned as evidence: its id and title, the retrieval score, its charges and
 * articles, and the sentences its defendants received for the charge asked about.
 */
public record SimilarCase(
    String id,
    String title,
    double score,
    List<String> charges,
    List<String> articles,
    List<Sentence> sentences) {
  public SimilarCase {
    charges = charges == null ? List.of() : List.copyOf(charges);
    articles = articles == null ? List.of() : List.copyOf(articles);
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
  }
}
