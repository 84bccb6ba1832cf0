package org.xiezhi.advisor.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xiezhi.corpus.facts.Circumstance;
import org.xiezhi.advisor.law.Tiers;
import org.xiezhi.corpus.model.SentenceWords;
import org.xiezhi.advisor.sentencing.TermDistribution;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * Checks a proposed or decided sentence against the law and similar cases: statutory range and
 * penalty type, probation rules (arts. 72–74), mandatory fines, the similar cases' p10–p90 range,
 * and mitigating circumstances without visible effect.
 */
public final class SentenceChecker {

  /** What the checker needs about one charge. */
  public record ChargeLaw(
      String charge, StatuteArticle article, List<Tiers.Tier> tiers, Integer chosenTier, String amendedAfterAct) {}

  private SentenceChecker() {}

  /**
   * The hints for {@code s}. {@code laws} has one entry per charge whose article is known;
   * {@code similarMonths} are the terms of the similar cases (may be empty).
   */
  public static List<Hint> check(
      Sentence s, List<ChargeLaw> laws, int chargeCount, List<Circumstance> circumstances,
      List<Integer> similarMonths) {
    List<Hint> out = new ArrayList<>();
    if (s == null || s.type() == null) {
      return out;
    }
    boolean reduction = circumstances.stream().anyMatch(Circumstance::allowsReduction);
    boolean recidivist = circumstances.stream().anyMatch(c -> c.code().equals("RECIDIVIST"));
    String text = SentenceWords.of(s);
    checkProbation(s, text, recidivist, circumstances, out);
    if (Sentence.EXEMPT.equals(s.type())) {
      return out;
    }
    if (chargeCount == 1 && laws.size() == 1) {
      List<Hint> statutory = new ArrayList<>();
      checkStatutory(s, text, laws.get(0), reduction, statutory);
      String amended = laws.get(0).amendedAfterAct();
      for (Hint h : statutory) {
        out.add(amended == null || !h.severity().equals(Hint.ERROR) ? h
            : new Hint(h.code(), Hint.WARNING,
                h.message() + "但该条文在行为后经" + amended + "修改，行为时适用修正前的条文，请依照从旧兼从轻原则核对。",
                h.evidence()));
      }
    } else if (chargeCount > 1) {
      checkCombined(s, text, out);
    }
    Integer months = SentenceWords.months(s);
    if (months != null && similarMonths.size() >= 5 && !Sentence.EXEMPT.equals(s.type())) {
      TermDistribution d = TermDistribution.of(similarMonths);
      double pct = TermDistribution.percentileOf(similarMonths, months);
      if (months < d.p10() || months > d.p90()) {
        out.add(new Hint(HintCodes.OUTSIDE_SIMILAR_RANGE, Hint.WARNING,
            String.format(Locale.ROOT, "刑期%s位于相似案例的第%.0f百分位，超出P10–P90区间（%s至%s，%d例）。",
                Tiers.months(months), pct, Tiers.months((int) Math.round(d.p10())),
                Tiers.months((int) Math.round(d.p90())), d.n()),
            List.of(new Hint.Evidence("statistic", "similar-cases",
                String.format(Locale.ROOT, "n=%d, p10=%.1f, median=%.1f, p90=%.1f months", d.n(), d.p10(), d.median(), d.p90())))));
      }
      List<Circumstance> mitigating = circumstances.stream().filter(Circumstance::mitigating).toList();
      boolean aggravating = circumstances.stream().anyMatch(c -> !c.mitigating());
      if (!mitigating.isEmpty() && !aggravating && months > d.p75()) {
        List<Hint.Evidence> ev = new ArrayList<>();
        for (Circumstance c : mitigating) {
          ev.add(new Hint.Evidence("fact", c.code(), c.evidence()));
        }
        out.add(new Hint(HintCodes.MITIGATION_NO_EFFECT, Hint.INFO,
            "事实中有" + String.join("、", mitigating.stream().map(Circumstance::name).toList())
                + "等从宽情节，但刑期高于相似案例的第75百分位（" + Tiers.months((int) Math.round(d.p75())) + "），从宽情节未见体现。",
            ev));
      }
    }
    return out;
  }

  private static void checkProbation(
      Sentence s, String text, boolean recidivist, List<Circumstance> cs, List<Hint> out) {
    Integer p = s.probationMonths();
    if (p == null || p <= 0) {
      return;
    }
    if (recidivist) {
      Circumstance c = cs.stream().filter(x -> x.code().equals("RECIDIVIST")).findFirst().orElseThrow();
      out.add(new Hint(HintCodes.PROBATION_FOR_RECIDIVIST, Hint.ERROR,
          "被告人系累犯，依照刑法第七十四条不适用缓刑，但判处" + text + "。",
          List.of(new Hint.Evidence("article", "刑法第74条", "对于累犯和犯罪集团的首要分子，不适用缓刑。"),
              new Hint.Evidence("fact", c.code(), c.evidence()))));
    }
    boolean detention = Sentence.DETENTION.equals(s.type());
    boolean prison = Sentence.IMPRISONMENT.equals(s.type());
    if (!detention && !prison || prison && s.months() != null && s.months() > 36) {
      out.add(new Hint(HintCodes.PROBATION_NOT_ALLOWED, Hint.ERROR,
          "缓刑只适用于被判处拘役、三年以下有期徒刑的犯罪分子（刑法第七十二条），但判处" + text + "。",
          List.of(new Hint.Evidence("article", "刑法第72条", "对于被判处拘役、三年以下有期徒刑的犯罪分子……可以宣告缓刑"))));
      return;
    }
    int term = s.months() == null ? 0 : s.months();
    boolean bad = detention ? p < Math.max(term, 2) || p > 12 : p < Math.max(term, 12) || p > 60;
    if (bad) {
      out.add(new Hint(HintCodes.PROBATION_PERIOD_INVALID, Hint.ERROR,
          "缓刑考验期" + Tiers.months(p) + "不符合刑法第七十三条："
              + (detention ? "拘役的缓刑考验期限为原判刑期以上一年以下，但不能少于二个月。" : "有期徒刑的缓刑考验期限为原判刑期以上五年以下，但不能少于一年。"),
          List.of(new Hint.Evidence("article", "刑法第73条", detention ? "拘役的缓刑考验期限为原判刑期以上一年以下，但是不能少于二个月。" : "有期徒刑的缓刑考验期限为原判刑期以上五年以下，但是不能少于一年。"))));
    }
  }

  private static void checkStatutory(Sentence s, String text, ChargeLaw law, boolean reduction, List<Hint> out) {
    List<Tiers.Tier> tiers = law.tiers();
    if (tiers.isEmpty()) {
      return;
    }
    String label = law.article().label();
    Hint.Evidence art = new Hint.Evidence("article", label, law.article().text());
    boolean typeAllowed = false;
    int floor = Integer.MAX_VALUE;
    int ceiling = 0;
    for (Tiers.Tier t : tiers) {
      if (typeMatches(t, s.type())) {
        typeAllowed = true;
        floor = Math.min(floor, floorFor(t, s.type()));
        ceiling = Math.max(ceiling, ceilingFor(t, s.type()));
      }
    }
    if (!typeAllowed) {
      boolean heavier = isHeavierThanAll(s, tiers);
      if (heavier) {
        out.add(new Hint(HintCodes.SENTENCE_ABOVE_MAXIMUM, Hint.ERROR,
            text + "超过" + label + "规定的最高法定刑。", List.of(art)));
      } else if (reduction) {
        out.add(new Hint(HintCodes.SENTENCE_BELOW_MINIMUM, Hint.WARNING,
            text + "低于" + label + "规定的最低法定刑；事实中有可以减轻处罚的情节，请核实减轻处罚的依据。", List.of(art)));
      } else {
        out.add(new Hint(HintCodes.SENTENCE_TYPE_NOT_ALLOWED, Hint.ERROR,
            label + "未规定" + text.split("[，0-9]")[0] + "这一刑种。", List.of(art)));
      }
      return;
    }
    Integer m = s.months();
    if (m != null && (Sentence.IMPRISONMENT.equals(s.type()) || Sentence.DETENTION.equals(s.type())
        || Sentence.SURVEILLANCE.equals(s.type()))) {
      if (m > ceiling) {
        out.add(new Hint(HintCodes.SENTENCE_ABOVE_MAXIMUM, Hint.ERROR,
            text + "超过" + label + "对该刑种规定的上限" + Tiers.months(ceiling) + "。", List.of(art)));
      } else if (m < floor) {
        out.add(new Hint(HintCodes.SENTENCE_BELOW_MINIMUM, reduction ? Hint.WARNING : Hint.ERROR,
            text + "低于" + label + "对该刑种规定的下限" + Tiers.months(floor) + "。"
                + (reduction ? "事实中有可以减轻处罚的情节，请核实减轻处罚的依据。" : "事实中未见可以减轻处罚的情节。"),
            List.of(art)));
      }
    }
    List<Tiers.Tier> fitting = tiers.stream().filter(t -> t.admits(s)).toList();
    if (!fitting.isEmpty() && fitting.stream().allMatch(t -> t.fineRequired() && !t.fineSatisfied(s))
        && !Sentence.FINE_ONLY.equals(s.type())) {
      out.add(new Hint(HintCodes.FINE_MISSING, Hint.ERROR,
          label + "规定该档次应当并处罚金，但判处" + text + "，未见罚金。", List.of(art)));
    }
    if (law.chosenTier() != null && !fitting.isEmpty()) {
      Tiers.Tier chosen = tiers.get(law.chosenTier());
      if (!chosen.admits(s) && !(reduction && tiers.indexOf(fitting.get(0)) < law.chosenTier())) {
        out.add(new Hint(HintCodes.SENTENCE_OUTSIDE_TIER, Hint.WARNING,
            text + "不在事实对应的法定刑档次（" + Tiers.describe(chosen.range()) + "）内，请核实档次认定。",
            List.of(art)));
      }
    }
  }

  private static void checkCombined(Sentence s, String text, List<Hint> out) {
    if (!Sentence.IMPRISONMENT.equals(s.type()) || s.months() == null) {
      return;
    }
    // 数罪并罚 (art. 69): at most 20 years, or 25 when the total of the terms is 35 years or more.
    if (s.months() > 25 * 12) {
      out.add(new Hint(HintCodes.SENTENCE_ABOVE_MAXIMUM, Hint.ERROR,
          text + "超过刑法第六十九条数罪并罚有期徒刑最高不能超过二十五年的规定。",
          List.of(new Hint.Evidence("article", "刑法第69条", "有期徒刑总和刑期不满三十五年的，最高不能超过二十年，总和刑期在三十五年以上的，最高不能超过二十五年"))));
    } else if (s.months() > 20 * 12) {
      out.add(new Hint(HintCodes.SENTENCE_ABOVE_MAXIMUM, Hint.WARNING,
          text + "超过二十年，请核实数罪并罚的总和刑期是否在三十五年以上（刑法第六十九条）。",
          List.of(new Hint.Evidence("article", "刑法第69条", "总和刑期不满三十五年的，最高不能超过二十年"))));
    }
  }

  private static boolean typeMatches(Tiers.Tier t, String type) {
    List<String> types = t.range().types();
    if (Sentence.DEATH_REPRIEVE.equals(type)) {
      return types.contains(Sentence.DEATH);
    }
    if (Sentence.FINE_ONLY.equals(type)) {
      return "alternative".equals(t.range().fine()) || types.contains(Sentence.FINE_ONLY);
    }
    return types.contains(type);
  }

  private static int floorFor(Tiers.Tier t, String type) {
    return switch (type) {
      case Sentence.IMPRISONMENT -> t.imprisonmentFloor();
      case Sentence.DETENTION -> Tiers.DETENTION_MIN;
      case Sentence.SURVEILLANCE -> Tiers.SURVEILLANCE_MIN;
      default -> 0;
    };
  }

  private static int ceilingFor(Tiers.Tier t, String type) {
    return switch (type) {
      case Sentence.IMPRISONMENT -> t.imprisonmentCeiling();
      case Sentence.DETENTION -> Tiers.DETENTION_MAX;
      case Sentence.SURVEILLANCE -> Tiers.SURVEILLANCE_MAX;
      default -> Integer.MAX_VALUE;
    };
  }

  /** True when life or death is imposed but no tier provides it, or a term exceeds every tier. */
  private static boolean isHeavierThanAll(Sentence s, List<Tiers.Tier> tiers) {
    int rank = rank(s.type());
    int best = 0;
    for (Tiers.Tier t : tiers) {
      for (String type : t.range().types()) {
        best = Math.max(best, rank(type));
      }
    }
    return rank > best;
  }

  private static int rank(String type) {
    return switch (type) {
      case Sentence.FINE_ONLY -> 0;
      case Sentence.SURVEILLANCE -> 1;
      case Sentence.DETENTION -> 2;
      case Sentence.IMPRISONMENT -> 3;
      case Sentence.LIFE -> 4;
      case Sentence.DEATH_REPRIEVE, Sentence.DEATH -> 5;
      default -> -1;
    };
  }
}
