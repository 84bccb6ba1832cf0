package org.xiezhi.advisor.sentencing.guideline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xiezhi.advisor.law.Tiers;
import org.xiezhi.corpus.facts.Circumstance;
import org.xiezhi.corpus.facts.Quantity;
import org.xiezhi.corpus.facts.QuantityExtractor;
import org.xiezhi.corpus.guideline.CrimeAdjustment;
import org.xiezhi.corpus.guideline.CrimeRule;
import org.xiezhi.corpus.guideline.Guideline;
import org.xiezhi.corpus.guideline.Ratio;
import org.xiezhi.corpus.guideline.StartingTier;
import org.xiezhi.corpus.model.Sentence;

/**
 * Computes the guideline's three steps for one charge: 量刑起点 from the tier the facts point to,
 * 基准刑 by adding for the quantity within the tier, the adjustments by circumstance (the
 * multiply-first ones as a product, then the others added), and the recommended range and point kept
 * within the statutory tier unless a circumstance allows 减轻处罚.
 *
 * <p>The guideline names the facts that add to the starting point but leaves the amounts to each
 * province's 实施细则. This calculator's stated default: the baseline rises with the quantity's
 * position in its tier (0 at the tier's threshold, 1 at the next), by that share of the distance
 * from the top of the starting point to the statutory tier's ceiling, and the point is the middle of
 * the starting point plus that increment (where the starting point already spans the whole tier,
 * as for 少量毒品, the point sits at the quantity's share of it). For 危险驾驶 the point is
 * 1 month + 1 month per 60 mg/100ml above 80, within 一个月至六个月拘役.
 */
public final class GuidelineCalculator {
  private final GuidelineBook book;

  public GuidelineCalculator(GuidelineBook book) {
    this.book = book;
  }

  /** The statutory tier the starting point lies in: its floor and ceiling in months and its text. */
  public record Statutory(int floorMonths, int ceilingMonths, boolean detention, String text) {}

  /**
   * The result for {@code crime} (canonical, ending in 罪); {@code statutory} are the tiers of its
   * article (may be empty when unknown).
   */
  public GuidelineResult compute(String crime, String facts, List<Circumstance> found, List<Tiers.Tier> statutory,
      String article, AmountStandards.Standard standard) {
    var entry = book.crime(crime);
    if (entry.isEmpty()) {
      return GuidelineResult.notApplicable(crime, "量刑指导意见未规定" + crime + "的量刑起点，未作指导意见测算。");
    }
    Guideline g = entry.get().guideline();
    CrimeRule rule = entry.get().rule();
    List<Quantity> qs = QuantityExtractor.extract(facts);
    TierChoice choice = TierChooser.choose(rule, facts, qs, standard);
    crime = rule.crime();
    if (choice.index() < 0) {
      return GuidelineResult.notApplicable(crime, choice.reason() + "。");
    }
    StartingTier tier = rule.tiers().get(choice.index());
    Statutory law = statutoryOf(statutory, tier);
    List<String> steps = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    sources.add(tier.source().cite());
    if (choice.provision() != null) {
      sources.add(choice.provision());
    }
    double pos = Double.isNaN(choice.position()) ? 0.5 : choice.position();
    double sMin = tier.minMonths();
    double sMax = tier.maxMonths();
    steps.add(String.format(Locale.ROOT, "第一步 量刑起点：%s，依%s“%s”，在%s幅度内确定量刑起点。", choice.reason(),
        tier.source().cite(), tier.condition(), range(sMin, sMax, tier.types())));
    double bMin;
    double bMax;
    double point;
    if (tier.declared()) {
      bMin = sMin;
      bMax = sMax;
      Quantity bac = QuantityExtractor.of(qs, Quantity.BAC);
      point = bac == null ? (sMin + sMax) / 2 : Math.max(sMin, Math.min(sMax, 1 + (bac.value() - 80) / 60.0));
      steps.add(String.format(Locale.ROOT, "第二步 基准刑：指导意见直接在%s内确定宣告刑；%s，取%.1f个月（本系统默认：一个月起，每超过80mg/100ml之上60mg加一个月）。",
          range(sMin, sMax, tier.types()), bac == null ? "未见血液酒精含量，取幅度中点" : "血液酒精含量" + bac.label(), point));
    } else {
      int ceil = law == null ? (int) sMax : Math.min(Tiers.IMPRISONMENT_MAX, law.ceilingMonths());
      double inc = Double.isNaN(choice.position()) ? 0 : choice.position() * Math.max(0, ceil - sMax);
      bMin = sMin + inc;
      bMax = sMax + inc;
      double q = !Double.isNaN(choice.position()) && sMax >= ceil ? pos : 0.5;
      point = sMin + q * (sMax - sMin) + inc;
      String incText = rule.incrementFactors().isEmpty() ? "" : "根据" + String.join("、", rule.incrementFactors()) + "等";
      steps.add(Double.isNaN(choice.position())
          ? String.format(Locale.ROOT, "第二步 基准刑：%s（%s）事实中未见可计量的增加刑罚量的数额、次数或后果，基准刑等于量刑起点 %.1f–%.1f个月，取中点%.1f个月。",
              incText + "增加刑罚量", rule.increment() == null ? tier.source().cite() : rule.increment().cite(), bMin, bMax, point)
          : String.format(Locale.ROOT, "第二步 基准刑：%s增加刑罚量（%s）。数量在本档的位置为%.0f%%，按本系统默认增加 %.0f%% × (%d − %.0f) = %.1f个月：%.1f–%.1f个月，点值（量刑起点中点加增量）%.1f个月。",
              incText, rule.increment() == null ? tier.source().cite() : rule.increment().cite(), pos * 100, pos * 100, ceil, sMax, inc,
              bMin, bMax, point));
    }
    if (rule.increment() != null) {
      sources.add(rule.increment().cite());
    }
    AdjustmentPlan.Plan plan = AdjustmentPlan.of(book.general(), found);
    List<GuidelineResult.Adjustment> adjustments = new ArrayList<>(plan.adjustments());
    for (CrimeAdjustment ca : rule.adjustments()) {
      String ev = crimeAdjustmentEvidence(ca, facts);
      if (ev != null) {
        adjustments.add(new GuidelineResult.Adjustment(ca.condition(), "CRIME_SPECIFIC", ca.ratio(), AdjustmentPlan.ADD, ev,
            ca.source().cite()));
      }
    }
    double[] lo = AdjustmentPlan.factor(adjustments, -1);
    double[] hi = AdjustmentPlan.factor(adjustments, 1);
    double[] mid = AdjustmentPlan.factor(adjustments, 0);
    double rMin = bMin * lo[0] * (1 + lo[1]);
    double rMax = bMax * hi[0] * (1 + hi[1]);
    double rPoint = point * mid[0] * (1 + mid[1]);
    if (adjustments.isEmpty()) {
      steps.add("第三步 调节基准刑：事实中未见指导意见所列的量刑情节，不作调节。");
    } else {
      StringBuilder b = new StringBuilder("第三步 调节基准刑：");
      boolean any = false;
      for (GuidelineResult.Adjustment a : adjustments) {
        if (a.order().equals(AdjustmentPlan.FIRST)) {
          b.append(a.circumstance()).append(pct(a.ratio())).append("（先行连乘，").append(a.source()).append("）；");
          any = true;
        }
      }
      for (GuidelineResult.Adjustment a : adjustments) {
        if (!a.order().equals(AdjustmentPlan.FIRST)) {
          b.append(a.circumstance()).append(pct(a.ratio())).append("（").append(a.source()).append("）；");
        }
        sources.add(a.source());
      }
      b.append(String.format(Locale.ROOT, "%s同向相加、逆向相减（%s）：下限 %.1f × %.2f × (1 %s %.2f) = %.1f，上限 %.1f × %.2f × (1 %s %.2f) = %.1f，点值 %.1f × %.2f × (1 %s %.2f) = %.1f个月。",
          any ? "先适用未成年人、未遂、从犯等情节连乘，再" : "", ruleCite(g, "ADD_SUBTRACT"),
          bMin, lo[0], sign(lo[1]), Math.abs(lo[1]), rMin, bMax, hi[0], sign(hi[1]), Math.abs(hi[1]), rMax,
          point, mid[0], sign(mid[1]), Math.abs(mid[1]), rPoint));
      steps.add(b.toString());
    }
    steps.addAll(plan.notes());
    boolean detention = tier.types().contains("拘役") || law != null && law.detention();
    int floor = law == null ? (int) Math.min(sMin, 6) : law.floorMonths();
    int ceiling = law == null ? Integer.MAX_VALUE : Math.min(Tiers.IMPRISONMENT_MAX, law.ceilingMonths());
    StringBuilder clamp = new StringBuilder();
    if (!plan.belowMinimumAllowed() && (rMin < floor || rPoint < floor)) {
      clamp.append(String.format(Locale.ROOT, "调节结果低于法定最低刑%d个月且无法定减轻情节，以法定最低刑为限（%s）；", floor, ruleCite(g, "BELOW_MINIMUM")));
      rMin = Math.max(rMin, floor);
      rPoint = Math.max(rPoint, floor);
    }
    if (rMax > ceiling || rPoint > ceiling) {
      clamp.append(String.format(Locale.ROOT, "调节结果高于法定最高刑%d个月，以法定最高刑为限（%s）；", ceiling, ruleCite(g, "ABOVE_MAXIMUM")));
      rMax = Math.min(rMax, ceiling);
      rPoint = Math.min(rPoint, ceiling);
    }
    rMin = Math.max(1, Math.min(rMin, rPoint));
    rMax = Math.max(rMax, rPoint);
    String type = detention && rPoint < 6.5 && !tier.declared() || tier.declared() ? Sentence.DETENTION : Sentence.IMPRISONMENT;
    if (tier.declared()) {
      rMin = Math.max(1, rMin);
      rMax = Math.min(6, rMax);
    }
    int months = (int) Math.round(rPoint);
    if (type.equals(Sentence.IMPRISONMENT) && months < 6) {
      months = 6;
    }
    int minM = (int) Math.max(1, Math.floor(rMin));
    int maxM = (int) Math.ceil(rMax);
    if (!detention && minM < 6) {
      minM = 6;
    }
    maxM = Math.max(maxM, months);
    minM = Math.min(minM, months);
    String typeName = type.equals(Sentence.DETENTION) ? "拘役" : "有期徒刑";
    steps.add(String.format(Locale.ROOT, "宣告刑建议：%s%s%d至%d个月，点值%s%d个月%s（%s：合议庭可在20%%的幅度内调整）。",
        clamp, law == null ? "" : "在法定刑“" + law.text() + "”内，", minM, maxM, typeName, months,
        law == null ? "" : "", ruleCite(g, "ADJUST_20")));
    String fine = fine(rule, facts, crime);
    String probation = probation(rule, found, months, type);
    if (rule.fine() != null) {
      sources.add(rule.fine().cite());
    }
    if (rule.probation() != null) {
      sources.add(rule.probation().cite());
    }
    return new GuidelineResult(true, g.number(), crime,
        new GuidelineResult.Tier(tier.index(), tier.condition(), tier.source().cite(), law == null ? null : article + " " + law.text(),
            choice.reason()),
        new GuidelineResult.Months(sMin, sMax), new GuidelineResult.Months(round1(bMin), round1(bMax)), List.copyOf(adjustments),
        new GuidelineResult.Recommended(minM, maxM, months, typeName), fine, probation, List.copyOf(steps),
        List.copyOf(sources), null);
  }

  private static Statutory statutoryOf(List<Tiers.Tier> tiers, StartingTier st) {
    Tiers.Tier best = null;
    for (Tiers.Tier t : tiers) {
      int floor = t.range().types().contains(Sentence.DETENTION) ? Tiers.DETENTION_MIN : t.floorMonths();
      int ceil = t.ceilingMonths() == Integer.MAX_VALUE ? Tiers.IMPRISONMENT_MAX : t.ceilingMonths();
      if (floor <= st.minMonths() && st.maxMonths() <= ceil) {
        if (best == null || ceil - floor < best.ceilingMonths() - best.floorMonths()) {
          best = t;
        }
      }
    }
    if (best == null) {
      return null;
    }
    boolean det = best.range().types().contains(Sentence.DETENTION);
    return new Statutory(det ? Tiers.DETENTION_MIN : best.floorMonths(), best.ceilingMonths(), det, Tiers.describe(best.range()));
  }

  private static String crimeAdjustmentEvidence(CrimeAdjustment ca, String facts) {
    String c = ca.condition();
    String[] keys = c.contains("毒品再犯") ? new String[] {"毒品再犯"} : c.contains("受雇运输") ? new String[] {"受雇"}
        : c.contains("殴打、侮辱") ? new String[] {"殴打", "侮辱"} : c.contains("向未成年人出售") ? new String[] {"向未成年人出售"}
        : c.contains("组织未成年人卖淫") ? new String[] {"组织未成年人"} : new String[0];
    for (String k : keys) {
      int i = facts == null ? -1 : facts.indexOf(k);
      if (i >= 0) {
        return org.xiezhi.corpus.facts.CircumstanceDetector.sentenceAround(facts, i, i + k.length());
      }
    }
    return null;
  }

  private static String fine(CrimeRule rule, String facts, String crime) {
    if (rule.fine() == null) {
      return null;
    }
    var a = org.xiezhi.corpus.facts.AmountExtractor.extract(facts);
    if (crime.equals("盗窃罪") && a != null) {
      return String.format(Locale.ROOT, "罚金在1,000元以上、盗窃数额二倍（%,d元）以下决定（%s）。", 2 * a.yuan(), rule.fine().cite());
    }
    if (crime.equals("敲诈勒索罪") && a != null) {
      return String.format(Locale.ROOT, "罚金在2,000元以上、敲诈勒索数额二倍（%,d元）以下决定（%s）。", 2 * a.yuan(), rule.fine().cite());
    }
    return "根据犯罪情节并综合考虑缴纳罚金的能力决定罚金数额（" + rule.fine().cite() + "）。";
  }

  private static String probation(CrimeRule rule, List<Circumstance> found, int months, String type) {
    boolean recidivist = found.stream().anyMatch(c -> c.code().equals("RECIDIVIST"));
    String cite = rule.probation() == null ? "" : "；" + (rule.probation().text().contains("从严把握缓刑") ? "本罪从严把握缓刑，" : "")
        + "见" + rule.probation().cite();
    if (recidivist) {
      return "累犯不适用缓刑（刑法第74条）" + cite + "。";
    }
    if (months <= 36) {
      return "建议刑期不超过三年，符合刑法第72条的刑期条件，可综合犯罪情节、悔罪表现、再犯罪危险和社区影响考虑缓刑" + cite + "。";
    }
    return "建议刑期超过三年有期徒刑，不适用缓刑（刑法第72条）" + cite + "。";
  }

  private static String ruleCite(Guideline g, String kind) {
    return g.combination().stream().filter(r -> r.kind().equals(kind)).findFirst().map(r -> r.source().cite()).orElse(g.number());
  }

  private static String range(double min, double max, List<String> types) {
    if (min == max) {
      return String.format(Locale.ROOT, "%.0f个月", min);
    }
    return String.format(Locale.ROOT, "%.0f至%.0f个月（%s）", min, max, String.join("、", types));
  }

  private static String pct(Ratio r) {
    return String.format(Locale.ROOT, "%+.0f%%至%+.0f%%", r.min() * 100, r.max() * 100);
  }

  private static String sign(double x) {
    return x < 0 ? "−" : "+";
  }

  private static double round1(double x) {
    return Math.round(x * 10) / 10.0;
  }
}
