package org.xiezhi.api.port;

import java.util.Objects;
import org.xiezhi.inference.TextEmbedder;

/**
 * Every operation the HTTP service calls, one port per group. {@code embedder} may be null when no
 * embedding model is loaded; the embedding endpoint then answers 503.
 */
public record XiezhiServices(
    StatutePort statutes,
    CaseSearchPort cases,
    SimilarCasePort similar,
    PredictionPort prediction,
    AdvisorPort advisor,
    TextEmbedder embedder,
    CaseUpdatePort updates) {

  /** Services without updates while serving ({@code updates} null). */
  public XiezhiServices(StatutePort statutes, CaseSearchPort cases, SimilarCasePort similar, PredictionPort prediction,
      AdvisorPort advisor, TextEmbedder embedder) {
    this(statutes, cases, similar, prediction, advisor, embedder, null);
  }

  /** The same services with {@code u} as the update port. */
  public XiezhiServices withUpdates(CaseUpdatePort u) {
    return new XiezhiServices(statutes, cases, similar, prediction, advisor, embedder, u);
  }

  public XiezhiServices {
    Objects.requireNonNull(statutes, "statutes");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(similar, "similar");
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(advisor, "advisor");
  }
}
