package org.xiezhi.advisor.sentencing.guideline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.facts.Circumstance;
import org.xiezhi.corpus.guideline.CircumstanceRule;
import org.xiezhi.corpus.guideline.CombinationRule;
import org.xiezhi.corpus.guideline.Guideline;
import org.xiezhi.corpus.guideline.Ratio;

/**
 * Turns the circumstances found in the facts into the guideline's adjustments: picks each one's
 * variant (赔偿 with or without 谅解, the minor's age, 重大立功), applies the no-double-counting of
 * 认罪认罚 (三（十四）) and of 当庭自愿认罪 beside 自首/坦白 (三（八）), and says in words what it left out.
 */
final class AdjustmentPlan {
  static final String FIRST = "multiply-first";
  static final String ADD = "add";

  /** The adjustments and the notes on what was merged or left out. */
  record Plan(List<GuidelineResult.Adjustment> adjustments, List<String> notes, boolean belowMinimumAllowed) {}

  private AdjustmentPlan() {}

  static Plan of(Guideline g, List<Circumstance> found) {
    Map<String, Circumstance> by = new LinkedHashMap<>();
    for (Circumstance c : found) {
      by.putIfAbsent(c.code(), c);
    }
    List<String> notes = new ArrayList<>();
    List<GuidelineResult.Adjustment> out = new ArrayList<>();
    boolean below = false;
    if (by.containsKey("RECIDIVIST") && by.containsKey("PRIOR_RECORD")) {
      notes.add("前科已作为累犯的前罪评价，不再另按前科调节。");
      by.remove("PRIOR_RECORD");
    }
    if (by.containsKey("SURRENDER") && by.containsKey("CONFESSION")) {
      notes.add("如实供述已是自首的要件（刑法第67条第1款），不再另按坦白调节。");
      by.remove("CONFESSION");
    }
    CombinationRule exclude = rule(g, "EXCLUDES");
    if (by.containsKey("COURT_ADMISSION") && (by.containsKey("SURRENDER") || by.containsKey("CONFESSION"))) {
      notes.add("已认定自首或坦白，当庭自愿认罪不再调节（" + exclude.source().cite() + "）。");
      by.remove("COURT_ADMISSION");
    }
    if (by.containsKey("PLEA")) {
      CombinationRule nd = rule(g, "NO_DOUBLE_COUNT");
      List<String> merged = new ArrayList<>();
      boolean major = false;
      for (String code : List.of("SURRENDER", "CONFESSION", "COURT_ADMISSION", "RESTITUTION", "COMPENSATION", "FORGIVENESS",
          "RECONCILIATION", "CUSTODY_CONDUCT")) {
        Circumstance c = by.remove(code);
        if (c != null) {
          merged.add(c.name());
          major |= !code.equals("CONFESSION") && !code.equals("COURT_ADMISSION") && !code.equals("CUSTODY_CONDUCT");
        }
      }
      CircumstanceRule plea = g.circumstance("PLEA").orElseThrow();
      Circumstance c = by.get("PLEA");
      CircumstanceRule.Variant v = major ? plea.variants().get(1) : plea.general();
      String name = merged.isEmpty() ? "认罪认罚" : "认罪认罚（含" + String.join("、", merged) + "）";
      out.add(new GuidelineResult.Adjustment(name, "PLEA", v.ratio(), ADD, c.evidence(), plea.source().cite()));
      if (!merged.isEmpty()) {
        notes.add("认罪认罚与" + String.join("、", merged) + "不作重复评价（" + nd.source().cite() + "）"
            + (major ? "，具有自首、退赃退赔、赔偿谅解等情节的，按减少基准刑的60%以下调节。" : "，按认罪认罚调节。"));
      }
      by.remove("PLEA");
    }
    if (by.containsKey("COMPENSATION") || by.containsKey("FORGIVENESS")) {
      CircumstanceRule comp = g.circumstance("COMPENSATION").orElseThrow();
      Circumstance paid = by.remove("COMPENSATION");
      Circumstance forgiven = by.remove("FORGIVENESS");
      int variant = paid != null && forgiven != null ? 0 : paid != null ? 1 : 2;
      String name = variant == 0 ? "赔偿并取得谅解" : variant == 1 ? "积极赔偿但未取得谅解" : "取得谅解（未赔偿）";
      String ev = paid != null && forgiven != null && !paid.evidence().equals(forgiven.evidence())
          ? paid.evidence() + "；" + forgiven.evidence() : paid != null ? paid.evidence() : forgiven.evidence();
      out.add(new GuidelineResult.Adjustment(name, "COMPENSATION", comp.variants().get(variant).ratio(), ADD, ev,
          comp.source().cite()));
    }
    for (Circumstance c : by.values()) {
      String code = c.code();
      if (code.equals("ABANDONMENT")) {
        notes.add("犯罪中止：指导意见未规定调节比例，依刑法第24条，没有造成损害的应当免除处罚，造成损害的应当减轻处罚；此处未作数值调节。");
        below = true;
        continue;
      }
      CircumstanceRule r = g.circumstance(code).orElse(null);
      if (r == null) {
        if (!code.equals("FIRST_OFFENCE") && !code.equals("REDUCTION")) {
          notes.add(c.name() + "：指导意见未规定调节比例，未作数值调节。");
        }
        continue;
      }
      int variant = 0;
      if (code.equals("MINOR")) {
        variant = c.evidence().contains("不满十六周岁") && !c.evidence().contains("已满十六周岁") ? 0 : 1;
      } else if (code.equals("MERITORIOUS") && c.evidence().contains("重大立功")) {
        variant = 1;
      }
      CircumstanceRule.Variant v = r.variants().get(Math.min(variant, r.variants().size() - 1));
      below |= r.mayGoBelowMinimum();
      out.add(new GuidelineResult.Adjustment(r.name(), code, v.ratio(), r.multiplyFirst() ? FIRST : ADD, c.evidence(),
          r.source().cite()));
    }
    out.sort((a, b) -> Boolean.compare(!a.order().equals(FIRST), !b.order().equals(FIRST)));
    return new Plan(List.copyOf(out), List.copyOf(notes), below);
  }

  /** The product of (1 + r) over the multiply-first adjustments and the sum over the rest, per end. */
  static double[] factor(List<GuidelineResult.Adjustment> as, int end) {
    double prod = 1;
    double sum = 0;
    for (GuidelineResult.Adjustment a : as) {
      Ratio r = a.ratio();
      double x = end < 0 ? r.min() : end > 0 ? r.max() : r.mid();
      if (a.order().equals(FIRST)) {
        prod *= 1 + x;
      } else {
        sum += x;
      }
    }
    return new double[] {prod, sum};
  }

  private static CombinationRule rule(Guideline g, String kind) {
    return g.combination().stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
  }
}
