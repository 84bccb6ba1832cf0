package org.xiezhi.advisor.port;

import java.util.List;

/** The trained charge, article and prison-term models. */
public interface JudgmentModel {
  /** Predictions for the facts; given charges/articles (may be empty) condition the term. */
  ModelEstimate estimate(String facts, List<String> charges, List<String> articles);
}
