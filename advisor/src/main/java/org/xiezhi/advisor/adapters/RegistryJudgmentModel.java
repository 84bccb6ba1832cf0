package org.xiezhi.advisor.adapters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.advisor.port.JudgmentModel;
import org.xiezhi.advisor.port.ModelEstimate;
import org.xiezhi.corpus.statute.ArticleRef;
import org.xiezhi.models.predict.Prediction;
import org.xiezhi.models.predict.ServedModels;

/**
 * The trained charge, article and term models the process serves ({@link ServedModels}: the
 * registry's active version, swapped by {@code models activate} and the admin switch), as the
 * advisor's model port. Each estimate runs under a lease, so it finishes on the models it started with;
 * {@link #pin} holds one lease for a whole request. Until the holder serves models (a registry still
 * empty while the first models train) the advisor sees no model.
 */
public final class RegistryJudgmentModel implements JudgmentModel {
  private final ServedModels served;

  public RegistryJudgmentModel(ServedModels served) {
    this.served = served;
  }

  @Override
  public ModelEstimate estimate(String facts, List<String> charges, List<String> articles) {
    try (ServedModels.Lease l = served.lease()) {
      return estimate(l, facts, charges, articles);
    }
  }

  @Override
  public Pinned pin() {
    if (!served.loaded()) {
      return null;
    }
    ServedModels.Lease lease;
    try {
      lease = served.lease();
    } catch (IllegalStateException e) {
      return null;
    }
    return new Pinned() {
      @Override
      public ModelEstimate estimate(String facts, List<String> charges, List<String> articles) {
        return RegistryJudgmentModel.estimate(lease, facts, charges, articles);
      }

      @Override
      public void close() {
        lease.close();
      }
    };
  }

  private static ModelEstimate estimate(ServedModels.Lease l, String facts, List<String> charges, List<String> articles) {
    List<Integer> nums = ArticleRef.criminalLawNumbers(articles);
    Prediction p = charges.isEmpty() && nums.isEmpty()
        ? l.predictor().predict(facts)
        : l.predictor().predict(facts, charges, nums);
    Map<String, Double> cs = new LinkedHashMap<>();
    p.chargeScores().forEach((k, v) -> cs.put(k, v.doubleValue()));
    Map<String, Double> as = new LinkedHashMap<>();
    p.articleScores().forEach((k, v) -> as.put(label(k), v.doubleValue()));
    Integer term = p.death() || p.life() ? null : p.termMonths();
    return new ModelEstimate(cs, as, term, p.death(), p.life(), p.model());
  }

  /** The article model's label (a Criminal Law article number) as a citation, e.g. 刑法第264条. */
  public static String label(String article) {
    return article.matches("\\d+") ? ArticleRef.criminalLaw(Integer.parseInt(article)).label() : article;
  }
}
