package org.xiezhi.api.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.api.port.AdvisorPort;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.api.port.SimilarCasePort.Similar;
import org.xiezhi.api.port.StatutePort;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Charge check, sentencing reference and hints from the nearest cases and the statute text. The
 * service's baseline until the advisor module is wired in.
 */
public final class NeighbourAdvisor implements AdvisorPort {
  private static final Pattern TIER = Pattern.compile(
      "处(?:([一二三四五六七八九十]+)年以上)?(?:([一二三四五六七八九十]+)年以下)?有期徒刑|处拘役");
  private final SimilarCasePort similar;
  private final PredictionPort prediction;
  private final StatutePort statutes;

  public NeighbourAdvisor(SimilarCasePort similar, PredictionPort prediction, StatutePort statutes) {
    this.similar = similar;
    this.prediction = prediction;
    this.statutes = statutes;
  }

  @Override
  public ChargeCheck checkCharges(String facts, List<String> charges) {
    var p = prediction.predict(facts);
    Map<String, Double> support = new LinkedHashMap<>();
    p.charges().forEach(s -> support.put(s.label(), s.score()));
    List<ChargeVerdict> verdicts = new ArrayList<>();
    for (String c : charges) {
      String norm = c.endsWith("罪") ? c : c + "罪";
      double s = support.getOrDefault(norm, 0.0);
      String status = s >= 0.4 ? "supported" : s >= 0.15 ? "weak" : "unsupported";
      String reason = switch (status) {
        case "supported" -> String.format(Locale.ROOT, "相似案例中 %.0f%% 的权重认定为%s", s * 100, norm);
        case "weak" -> String.format(Locale.ROOT, "仅 %.0f%% 的相似案例权重认定为%s，请核对构成要件", s * 100, norm);
        default -> "相似案例中少见" + norm + "，请核对事实与罪名是否对应";
      };
      verdicts.add(new ChargeVerdict(norm, status, s, reason));
    }
    List<String> suggested = p.charges().stream().filter(s -> s.score() >= 0.4)
        .map(PredictionPort.Scored::label).filter(l -> verdicts.stream().noneMatch(v -> v.charge().equals(l))).toList();
    return new ChargeCheck(verdicts, suggested, p.modelVersion(), p.evidence());
  }

  @Override
  public Sentencing sentencing(String facts, String charge) {
    String norm = charge.endsWith("罪") ? charge : charge + "罪";
    List<Similar> nn = similar.similar(facts, 30).stream().filter(s -> s.charges().contains(norm)).limit(10).toList();
    List<Point> points = new ArrayList<>();
    List<double[]> weighted = new ArrayList<>();
    String article = null;
    for (Similar s : nn) {
      points.add(new Point(s.id(), s.termMonths(), s.score()));
      if (s.termMonths() != null) {
        weighted.add(new double[] {s.termMonths(), Math.max(1e-6, s.score())});
      }
      if (article == null && !s.articles().isEmpty()) {
        article = s.articles().get(0);
      }
    }
    List<Range> ranges = article == null ? List.of() : tiers(article);
    Integer est = weighted.isEmpty() ? null : (int) Math.round(NeighbourPredictor.quantile(weighted, 0.5));
    Integer lo = weighted.isEmpty() ? null : (int) Math.round(NeighbourPredictor.quantile(weighted, 0.25));
    Integer hi = weighted.isEmpty() ? null : (int) Math.round(NeighbourPredictor.quantile(weighted, 0.75));
    return new Sentencing(norm, article, ranges, points, est, lo, hi, NeighbourPredictor.VERSION);
  }

  /** The fixed-term tiers an article's text states, e.g. 三年以下 → [0, 36], 三年以上十年以下 → [36, 120]. */
  List<Range> tiers(String articleLabel) {
    Matcher id = Pattern.compile("刑法第(\\d+)条(?:之(.+))?").matcher(articleLabel);
    if (!id.matches()) {
      return List.of();
    }
    String key = "刑法:" + id.group(1) + (id.group(2) == null ? "" : "-" + ChineseNumerals.parse(id.group(2)));
    return statutes.article(key).map(a -> {
      List<Range> out = new ArrayList<>();
      Matcher m = TIER.matcher(a.text());
      while (m.find()) {
        if (m.group().equals("处拘役")) {
          out.add(new Range(1, 6, m.group()));
          continue;
        }
        Integer min = m.group(1) == null ? 6 : (int) ChineseNumerals.parse(m.group(1)) * 12;
        Integer max = m.group(2) == null ? (m.group(1) == null ? null : 180) : (int) ChineseNumerals.parse(m.group(2)) * 12;
        if (m.group(1) == null && m.group(2) == null) {
          continue;
        }
        out.add(new Range(min, max, m.group()));
      }
      return out;
    }).orElse(List.of());
  }

  @Override
  public List<Hint> hints(String facts, List<String> charges, org.xiezhi.corpus.model.Sentence sentence) {
    Integer termMonths = sentence == null ? null : sentence.months();
    List<Hint> out = new ArrayList<>();
    var p = prediction.predict(facts);
    if (p.evidence().isEmpty()) {
      out.add(new Hint("NO_SIMILAR_CASES", "info", "未找到相似案例，无法给出参考", List.of()));
      return out;
    }
    if (!charges.isEmpty()) {
      for (ChargeVerdict v : checkCharges(facts, charges).verdicts()) {
        if (!v.status().equals("supported")) {
          out.add(new Hint("CHARGE_UNUSUAL", "warning", "拟定罪名" + v.charge() + "：" + v.reason(), p.evidence()));
        }
      }
    }
    String charge = !charges.isEmpty() ? charges.get(0) : p.charges().isEmpty() ? null : p.charges().get(0).label();
    if (termMonths != null && charge != null) {
      Sentencing s = sentencing(facts, charge);
      List<String> ev = s.similar().stream().map(Point::caseId).toList();
      if (s.lowMonths() != null && (termMonths < s.lowMonths() * 0.5 || termMonths > s.highMonths() * 1.5)) {
        out.add(new Hint("TERM_OUTSIDE_SIMILAR", "warning",
            "拟判刑期" + termMonths + "个月明显偏离相似案例的刑期区间（" + s.lowMonths() + "–" + s.highMonths() + "个月）", ev));
      }
      boolean inAny = s.statutory().isEmpty() || s.statutory().stream()
          .anyMatch(r -> (r.minMonths() == null || termMonths >= r.minMonths()) && (r.maxMonths() == null || termMonths <= r.maxMonths()));
      if (!inAny) {
        out.add(new Hint("TERM_OUTSIDE_STATUTE", "warning", "拟判刑期" + termMonths + "个月不在" + s.article() + "规定的法定刑幅度内", ev));
      }
    }
    if (out.isEmpty()) {
      out.add(new Hint("CONSISTENT", "info", "拟定意见与相似案例一致，未发现异常", p.evidence()));
    }
    return out;
  }
}
