package org.xiezhi.api.wiring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xiezhi.advisor.AdviceRequest;
import org.xiezhi.advisor.Advisor;
import org.xiezhi.advisor.charge.ChargeCheck.LikelyCharge;
import org.xiezhi.advisor.sentencing.SentencingReference;
import org.xiezhi.advisor.sentencing.guideline.AmountStandards;
import org.xiezhi.api.port.AdvisorPort;
import org.xiezhi.api.server.Problem;
import org.xiezhi.corpus.model.Sentence;

/**
 * The advisor module behind {@link AdvisorPort}: its charge check (likely charges from the model
 * and similar cases, checked against the statutes), sentencing references (statutory tiers, similar
 * cases' sentences, suggested interval) and hints.
 */
public final class AdvisorAdapter implements AdvisorPort {
  private final Advisor advisor;
  private final String version;

  public AdvisorAdapter(Advisor advisor, String version) {
    this.advisor = advisor;
    this.version = version;
  }

  @Override
  public ChargeCheck checkCharges(String facts, List<String> charges) {
    var check = advisor.chargeCheck(facts, charges, List.of());
    List<ChargeVerdict> verdicts = new ArrayList<>();
    Set<String> evidence = new LinkedHashSet<>();
    for (String proposed : charges) {
      String norm = proposed.endsWith("罪") ? proposed : proposed + "罪";
      LikelyCharge l = check.likely().stream().filter(x -> x.charge().equals(norm)).findFirst().orElse(null);
      double p = l == null ? 0 : l.probability();
      String status = p >= 0.4 ? "supported" : p >= 0.15 ? "weak" : "unsupported";
      String reason = l == null ? "相似案例与模型均未指向" + norm + "，请核对事实与罪名是否对应"
          : String.format(Locale.ROOT, "概率 %.0f%%，相似案例中占 %.0f%%%s", p * 100, l.similarShare() * 100,
              l.articles().isEmpty() ? "" : "，法条：" + String.join("、", l.articles()));
      verdicts.add(new ChargeVerdict(norm, status, p, reason));
    }
    List<String> suggested = new ArrayList<>();
    for (LikelyCharge l : check.likely()) {
      evidence.addAll(l.cases());
      if (!l.proposed() && l.probability() >= 0.4 && verdicts.stream().noneMatch(v -> v.charge().equals(l.charge()))) {
        suggested.add(l.charge());
      }
    }
    return new ChargeCheck(verdicts, suggested, check.model() == null ? version : check.model(), List.copyOf(evidence));
  }

  @Override
  public Sentencing sentencing(String facts, String charge) {
    return sentencing(facts, charge, null);
  }

  @Override
  public Sentencing sentencing(String facts, String charge, String amountStandard) {
    String norm = charge.endsWith("罪") ? charge : charge + "罪";
    AmountStandards.Standard standard;
    try {
      standard = AmountStandards.Standard.parse(amountStandard);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("/amountStandard", "must be low or high");
    }
    SentencingReference r = advisor.sentencing(facts, List.of(norm), standard).get(0);
    List<Range> ranges = new ArrayList<>();
    String article = null;
    if (r.statutory() != null) {
      article = r.statutory().article();
      r.statutory().tiers().forEach(t -> ranges.add(new Range(t.minMonths(), t.maxMonths(), t.text())));
    }
    List<Point> points = new ArrayList<>();
    if (r.similar() != null) {
      r.similar().cases().forEach(c -> points.add(new Point(c.id(), c.months(), c.score())));
    }
    Integer low = r.suggested() == null ? null : r.suggested().minMonths();
    Integer high = r.suggested() == null ? null : r.suggested().maxMonths();
    Integer estimate = r.model() != null && r.model().termMonths() != null ? r.model().termMonths()
        : low == null ? null : (low + high) / 2;
    String model = r.model() != null && r.model().model() != null ? r.model().model() : version;
    return new Sentencing(norm, article, ranges, points, estimate, low, high, model, r.guideline());
  }

  @Override
  public List<Hint> hints(String facts, List<String> charges, Sentence s) {
    if (charges.isEmpty()) {
      // charges are optional: without a proposal the hints are about the most likely charge
      charges = advisor.chargeCheck(facts, List.of(), List.of()).likely().stream().limit(1).map(LikelyCharge::charge).toList();
      if (charges.isEmpty()) {
        return List.of(new Hint("NO_LIKELY_CHARGE", "info", "未能从事实推断罪名，请给出拟定罪名", List.of()));
      }
    }
    try {
      var advice = advisor.advise(new AdviceRequest(null, facts, charges, List.of(), s));
      List<Hint> out = new ArrayList<>();
      for (var h : advice.hints()) {
        out.add(new Hint(h.code(), h.severity(), h.message(),
            h.evidence().stream().map(e -> e.ref() == null ? e.text() : e.ref()).filter(x -> x != null).toList()));
      }
      if (out.isEmpty()) {
        out.add(new Hint("CONSISTENT", "info", "未发现异常", List.of()));
      }
      return out;
    } catch (IllegalArgumentException e) {
      throw problem(e);
    }
  }

  @Override
  public Object advise(String id, String facts, List<String> charges, List<String> articles, Sentence sentence) {
    try {
      return advisor.advise(new AdviceRequest(id, facts, charges, articles, sentence));
    } catch (IllegalArgumentException e) {
      throw problem(e);
    }
  }

  /** The advisor's {@code field: reason} message as a 400 naming the field. */
  private static Problem problem(IllegalArgumentException e) {
    String msg = e.getMessage() == null ? "invalid request" : e.getMessage();
    int colon = msg.indexOf(':');
    String field = colon > 0 ? msg.substring(0, colon).replace('.', '/') : "";
    field = field.equals("fact") ? "facts" : field;
    return Problem.badRequest(field.isEmpty() ? "body" : "/" + field, msg);
  }
}
