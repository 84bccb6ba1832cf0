package org.xiezhi.advisor.port;

import java.util.List;

/** The trained charge, article and prison-term models. */
public interface JudgmentModel {
  /** Predictions for the facts; given charges/articles (may be empty) condition the term. */
  ModelEstimate estimate(String facts, List<String> charges, List<String> articles);

  /** The models one request uses from start to end; close it when the request is done. */
  interface Pinned extends JudgmentModel, AutoCloseable {
    @Override
    void close();
  }

  /**
   * These models held for one request, so every estimate of the request comes from the same
   * version even when a switch happens meanwhile; null when no model is served now.
   */
  default Pinned pin() {
    JudgmentModel self = this;
    return new Pinned() {
      @Override
      public ModelEstimate estimate(String facts, List<String> charges, List<String> articles) {
        return self.estimate(facts, charges, articles);
      }

      @Override
      public void close() {}
    };
  }
}
