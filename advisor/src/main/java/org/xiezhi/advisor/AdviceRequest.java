package org.xiezhi.advisor;

import java.util.List;
import org.xiezhi.advisor.sentencing.guideline.AmountStandards;
import org.xiezhi.corpus.model.Sentence;

/**
 * One case to advise on: its facts, the proposed charges and articles, optionally the proposed or
 * decided sentence, and which end of a provincial amount range the guideline uses (null: the low end).
 */
public record AdviceRequest(
    String id, String fact, List<String> charges, List<String> articles, Sentence sentence,
    AmountStandards.Standard amountStandard) {
  public AdviceRequest {
    charges = charges == null ? List.of() : List.copyOf(charges);
    articles = articles == null ? List.of() : List.copyOf(articles);
    amountStandard = amountStandard == null ? AmountStandards.Standard.LOW : amountStandard;
  }

  /** A request under the low end of the provincial amount ranges. */
  public AdviceRequest(String id, String fact, List<String> charges, List<String> articles, Sentence sentence) {
    this(id, fact, charges, articles, sentence, null);
  }

  /** Checks the request and returns the first problem as {@code field: reason}, or null. */
  public String problem() {
    if (fact == null || fact.isBlank()) {
      return "fact: must be a non-empty fact description";
    }
    if (charges.isEmpty()) {
      return "charges: at least one proposed charge is needed";
    }
    for (String c : charges) {
      if (c == null || c.isBlank()) {
        return "charges: a charge name must not be empty";
      }
    }
    if (sentence != null) {
      if (sentence.type() == null || !Sentence.TYPES.contains(sentence.type())) {
        return "sentence.type: must be one of " + Sentence.allowedTypes() + ", in English or Chinese";
      }
      if (sentence.typeText() != null && !sentence.type().equals(Sentence.englishType(sentence.typeText()))) {
        return "sentence.typeText: " + sentence.typeText() + " does not name " + sentence.type();
      }
      boolean fixed = Sentence.IMPRISONMENT.equals(sentence.type()) || Sentence.DETENTION.equals(sentence.type())
          || Sentence.SURVEILLANCE.equals(sentence.type());
      if (fixed && (sentence.months() == null || sentence.months() <= 0)) {
        return "sentence.months: a positive number of months is needed for " + sentence.type();
      }
      if (sentence.months() != null && sentence.months() < 0 || sentence.probationMonths() != null && sentence.probationMonths() < 0
          || sentence.fineYuan() != null && sentence.fineYuan() < 0) {
        return "sentence: months, probationMonths and fineYuan must not be negative";
      }
    }
    return null;
  }
}
