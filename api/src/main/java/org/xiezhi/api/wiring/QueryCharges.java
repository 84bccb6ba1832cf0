package org.xiezhi.api.wiring;

import java.util.List;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.models.predict.ServedModels;

/**
 * The charges a similar-case query is ranked with: the caller's (known or proposed charges), else
 * the served charge model's decision on the facts, else none; {@code from} says which, with the
 * model version when the model decided. The similar-case ranker weighs charge overlap, so a query
 * without charges is ranked by the facts' words alone (a murder-and-theft judgment can then come
 * first for a plain theft).
 */
public record QueryCharges(List<String> charges, String from) {

  /** The source word for charges the caller gave. */
  public static final String REQUEST = "request";

  /** The charges for {@code facts}: {@code given} when it names any, else the model's (null: no models). */
  public static QueryCharges of(List<String> given, String facts, ServedModels served) {
    if (given != null && !given.isEmpty()) {
      return new QueryCharges(List.copyOf(given), REQUEST);
    }
    if (served == null || !served.loaded()) {
      return new QueryCharges(List.of(), "none");
    }
    try {
      var p = served.with(m -> m.predictor().predict(facts));
      List<String> charges = p.charges().stream().map(ChargeNames::withZui).distinct().toList();
      return new QueryCharges(charges, charges.isEmpty() ? "none" : "model " + p.model());
    } catch (IllegalStateException e) {
      // the models were closed or swapped out between the check and the lease: rank by the facts alone
      return new QueryCharges(List.of(), "none");
    }
  }
}
