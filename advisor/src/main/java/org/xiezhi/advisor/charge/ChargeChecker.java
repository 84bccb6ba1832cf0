package org.xiezhi.advisor.charge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.advisor.hints.Hint;
import org.xiezhi.advisor.hints.HintCodes;
import org.xiezhi.advisor.law.Amendments;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.advisor.port.ModelEstimate;
import org.xiezhi.advisor.port.SimilarCase;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * Checks proposed charges and articles against the facts: the model's charge probabilities, the
 * charges of the most similar cases, the charge catalogue and the amendment history.
 */
public final class ChargeChecker {
  /** A proposed charge below this probability (and similar-case share) is flagged unlikely. */
  static final double UNLIKELY = 0.2;
  /** A charge at or above this probability that was not proposed is flagged missing. */
  static final double LIKELY = 0.5;

  private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?");

  private final StatuteBook statutes;

  public ChargeChecker(StatuteBook statutes) {
    this.statutes = statutes;
  }

  /**
   * Checks {@code proposed} charges and {@code articles} (labels, may be empty) for the facts,
   * given the model estimate (may be null) and the similar cases (may be empty).
   */
  public ChargeCheck check(
      String facts, List<String> proposed, List<String> articles, ModelEstimate estimate,
      List<SimilarCase> similar, LocalDate today) {
    Set<String> prop = new LinkedHashSet<>();
    for (String c : proposed) {
      prop.add(statutes.canonical(c));
    }
    Map<String, Double> modelP = new LinkedHashMap<>();
    if (estimate != null) {
      estimate.chargeProbabilities().forEach((k, v) -> modelP.merge(statutes.canonical(k), v, Math::max));
    }
    Map<String, Integer> votes = new LinkedHashMap<>();
    Map<String, List<String>> caseIds = new LinkedHashMap<>();
    for (SimilarCase sc : similar) {
      for (String c : new LinkedHashSet<>(sc.charges())) {
        String name = statutes.canonical(c);
        votes.merge(name, 1, Integer::sum);
        List<String> ids = caseIds.computeIfAbsent(name, x -> new ArrayList<>());
        if (ids.size() < 3) {
          ids.add(sc.id());
        }
      }
    }
    Set<String> candidates = new LinkedHashSet<>(prop);
    modelP.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
        .forEach(e -> candidates.add(e.getKey()));
    votes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
        .forEach(e -> candidates.add(e.getKey()));

    List<ChargeCheck.LikelyCharge> likely = new ArrayList<>();
    for (String c : candidates) {
      double share = similar.isEmpty() ? 0 : votes.getOrDefault(c, 0) / (double) similar.size();
      double p = estimate != null ? modelP.getOrDefault(c, 0.0) : share;
      List<String> arts = statutes.articlesOf(c);
      String text = arts.isEmpty() ? null : statutes.article(arts.get(0)).map(StatuteArticle::text).orElse(null);
      likely.add(new ChargeCheck.LikelyCharge(c, round(p), round(share), arts,
          caseIds.getOrDefault(c, List.of()), text, prop.contains(c)));
    }
    likely.sort(Comparator.comparingDouble(ChargeCheck.LikelyCharge::probability).reversed()
        .thenComparing(Comparator.comparingDouble(ChargeCheck.LikelyCharge::similarShare).reversed()));

    List<Hint> hints = new ArrayList<>();
    boolean anyEvidence = estimate != null || !similar.isEmpty();
    for (ChargeCheck.LikelyCharge l : anyEvidence ? likely : List.<ChargeCheck.LikelyCharge>of()) {
      List<Hint.Evidence> ev = evidence(l);
      if (l.proposed() && l.probability() < UNLIKELY && l.similarShare() < UNLIKELY) {
        hints.add(new Hint(HintCodes.CHARGE_UNLIKELY, Hint.WARNING,
            estimate == null
                ? String.format(Locale.ROOT, "拟认定的%s与事实不太相符：%d个最相似案例中占%.0f%%。请核实罪名。",
                    l.charge(), similar.size(), l.similarShare() * 100)
                : String.format(Locale.ROOT, "拟认定的%s与事实不太相符：模型概率%.2f，相似案例中占%.0f%%。请核实罪名。",
                    l.charge(), l.probability(), l.similarShare() * 100), ev));
      } else if (!l.proposed() && l.probability() >= LIKELY) {
        hints.add(new Hint(HintCodes.CHARGE_MISSING, Hint.WARNING,
            String.format(Locale.ROOT, "事实可能还涉及%s（%s相似案例中占%.0f%%），但未被列入拟认定罪名。",
                l.charge(), estimate == null ? "" : String.format(Locale.ROOT, "模型概率%.2f，", l.probability()),
                l.similarShare() * 100), ev));
      }
    }
    checkArticles(prop, articles, hints);
    checkAmendments(facts, prop, articles, today, hints);
    return new ChargeCheck(likely, hints, estimate == null ? null : estimate.model());
  }

  private void checkArticles(Set<String> prop, List<String> articles, List<Hint> hints) {
    Set<String> allowed = new LinkedHashSet<>();
    for (String c : prop) {
      allowed.addAll(statutes.articlesOf(c));
    }
    for (String a : articles) {
      String label = StatuteBook.stripParagraph(a);
      Optional<StatuteArticle> art = statutes.article(label);
      // General-part articles (1–101: 自首, 累犯, 共同犯罪, 缓刑 …) go with every charge.
      if (art.isEmpty() || art.get().number() <= 101 || allowed.contains(label)) {
        continue;
      }
      boolean known = prop.stream().anyMatch(c -> statutes.charge(c).isPresent());
      if (known) {
        hints.add(new Hint(HintCodes.ARTICLE_NOT_FOR_CHARGE, Hint.WARNING,
            "引用的" + label + "不属于拟认定罪名（" + String.join("、", prop) + "）在罪名目录中对应的条文（"
                + String.join("、", allowed) + "）。",
            List.of(new Hint.Evidence("article", label, art.get().text()))));
      }
    }
  }

  private void checkAmendments(
      String facts, Set<String> prop, List<String> articles, LocalDate today, List<Hint> hints) {
    LocalDate act = actDate(facts);
    if (act == null) {
      return;
    }
    Set<String> labels = new LinkedHashSet<>();
    for (String c : prop) {
      labels.addAll(statutes.articlesOf(c));
    }
    for (String a : articles) {
      labels.add(StatuteBook.stripParagraph(a));
    }
    for (String label : labels) {
      Optional<StatuteArticle> art = statutes.article(label);
      if (art.isEmpty() || art.get().amendedBy() == null) {
        continue;
      }
      Optional<LocalDate> eff = Amendments.effective(art.get().amendedBy());
      if (eff.isPresent() && eff.get().isAfter(act) && !eff.get().isAfter(today)) {
        hints.add(new Hint(HintCodes.ARTICLE_AMENDED, Hint.INFO,
            label + "在行为时（" + act + "）之后经" + art.get().amendedBy() + "修改（" + eff.get()
                + "施行），应依照刑法第十二条从旧兼从轻原则比较新旧法适用。",
            List.of(new Hint.Evidence("article", label, art.get().text()))));
      }
    }
  }

  /** The earliest full date (年月日) in the facts, taken as the act date; null when none. */
  public static LocalDate actDate(String facts) {
    if (facts == null) {
      return null;
    }
    Matcher m = DATE.matcher(facts);
    LocalDate best = null;
    while (m.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        if (best == null || d.isBefore(best)) {
          best = d;
        }
      } catch (java.time.DateTimeException e) {
        // not a calendar date: ignore
      }
    }
    return best;
  }

  private static List<Hint.Evidence> evidence(ChargeCheck.LikelyCharge l) {
    List<Hint.Evidence> ev = new ArrayList<>();
    for (String id : l.cases()) {
      ev.add(new Hint.Evidence("case", id, "相似案例认定了" + l.charge()));
    }
    if (!l.articles().isEmpty() && l.articleText() != null) {
      ev.add(new Hint.Evidence("article", l.articles().get(0), l.articleText()));
    }
    return ev;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
