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
    TextEmbedder embedder) {
  public XiezhiServices {
    Objects.requireNonNull(statutes, "statutes");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(similar, "similar");
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(advisor, "advisor");
  }
}
