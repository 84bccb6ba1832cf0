package org.xiezhi.advisor.charge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.xiezhi.advisor.hints.Hint;

/**
 * The result of a charge check: the likely charges with probabilities and evidence, and the hints
 * about the proposed charges and articles. {@code model} is the model version used, when any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChargeCheck(List<LikelyCharge> likely, List<Hint> hints, String model) {

  /**
   * One likely charge: its probability (the model's, or the share of similar cases when no model
   * answered), the share of similar cases with it, its articles, similar cases that had it and the
   * text of its main article.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LikelyCharge(
      String charge,
      double probability,
      double similarShare,
      List<String> articles,
      List<String> cases,
      String articleText,
      boolean proposed) {}
}
