package org.xiezhi.api.port;

import java.util.List;
import org.xiezhi.api.server.Problem;
import org.xiezhi.corpus.model.Sentence;

/** Decision support: charge check, sentencing reference, anomaly hints (implemented by advisor). */
public interface AdvisorPort {

  /** Verdict per proposed charge and charges the evidence suggests but the proposal lacks. */
  record ChargeCheck(List<ChargeVerdict> verdicts, List<String> suggested, String modelVersion, List<String> evidence) {}

  /** {@code status}: supported, weak or unsupported, with the reason. */
  record ChargeVerdict(String charge, String status, double support, String reason) {}

  /** A statutory tier: months bounds (null when open) and the text it comes from. */
  record Range(Integer minMonths, Integer maxMonths, String text) {}

  /** A similar case's term for the chart. */
  record Point(String caseId, Integer months, double similarity) {}

  /**
   * Statutory tiers, similar cases' terms, the estimate and the sentencing guideline's three steps
   * for one charge; {@code lowMonths}/{@code highMonths} are the guideline's range where it applies.
   */
  record Sentencing(
      String charge, String article, List<Range> statutory, List<Point> similar, Integer estimateMonths,
      Integer lowMonths, Integer highMonths, String modelVersion,
      org.xiezhi.advisor.sentencing.guideline.GuidelineResult guideline) {}

  /** One hint: {@code code}, severity (info, warning) and a Chinese message with its evidence. */
  record Hint(String code, String severity, String message, List<String> evidence) {}

  ChargeCheck checkCharges(String facts, List<String> charges);

  Sentencing sentencing(String facts, String charge);

  /**
   * As {@link #sentencing(String, String)}; {@code amountStandard} ({@code low} or {@code high}, null
   * for low) picks the end of a provincial amount range such as 盗窃's 1,000–3,000 元.
   */
  default Sentencing sentencing(String facts, String charge, String amountStandard) {
    return sentencing(facts, charge);
  }

  /** Hints for the proposed charges and, when given, the proposed or decided sentence of one defendant. */
  List<Hint> hints(String facts, List<String> charges, Sentence sentence);

  /**
   * The whole advice for one defendant in one call, as the CLI {@code advise} writes it: the charge
   * check, a sentencing reference per charge (statutory tier, guideline steps when known, similar
   * cases, model estimate, suggested interval) and the hints.
   */
  default Object advise(String id, String facts, List<String> charges, List<String> articles, Sentence sentence) {
    throw new Problem(503, "顾问模块未加载", "body", "the full advice needs the advisor module (an index and the laws folder)");
  }
}
