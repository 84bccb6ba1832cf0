package org.xiezhi.advisor.sentencing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiezhi.corpus.facts.Circumstance;
import org.xiezhi.corpus.facts.CircumstanceDetector;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.advisor.law.TierSelector;
import org.xiezhi.advisor.law.Tiers;
import org.xiezhi.advisor.port.JudgmentModel;
import org.xiezhi.advisor.port.ModelEstimate;
import org.xiezhi.advisor.port.SimilarCase;
import org.xiezhi.advisor.port.SimilarCases;
import org.xiezhi.advisor.sentencing.guideline.AmountStandards;
import org.xiezhi.advisor.sentencing.guideline.GuidelineBook;
import org.xiezhi.advisor.sentencing.guideline.GuidelineCalculator;
import org.xiezhi.advisor.sentencing.guideline.GuidelineResult;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.model.SentenceWords;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * Builds a {@link SentencingReference} for facts and a charge from the statute, similar cases and
 * the model. Either of the last two may be absent; the reference then says so.
 */
public final class SentencingAdvisor {
  private final StatuteBook statutes;
  private final SimilarCases similar;
  private final JudgmentModel model;
  private final CircumstanceDetector detector = new CircumstanceDetector();
  private final int k;
  private final GuidelineCalculator guideline;

  public SentencingAdvisor(StatuteBook statutes, SimilarCases similar, JudgmentModel model, int k) {
    this(statutes, similar, model, k, null);
  }

  /** With the sentencing guideline ({@code guidelines} may be null: no guideline step). */
  public SentencingAdvisor(StatuteBook statutes, SimilarCases similar, JudgmentModel model, int k, GuidelineBook guidelines) {
    this.statutes = statutes;
    this.similar = similar;
    this.model = model;
    this.k = k;
    this.guideline = guidelines == null ? null : new GuidelineCalculator(guidelines);
  }

  /** The statute article that defines a charge, if the catalogue knows it and it was parsed. */
  public Optional<StatuteArticle> articleOf(String charge) {
    for (String label : statutes.articlesOf(charge)) {
      Optional<StatuteArticle> a = statutes.article(label);
      if (a.isPresent() && !Tiers.of(a.get()).isEmpty()) {
        return a;
      }
    }
    // Articles such as 386 (受贿) punish "依照本法第三百八十三条的规定": follow the reference.
    for (String label : statutes.articlesOf(charge)) {
      Optional<StatuteArticle> a = statutes.article(label);
      if (a.isEmpty() || a.get().text() == null) {
        continue;
      }
      java.util.regex.Matcher m = REFERS.matcher(a.get().text());
      while (m.find()) {
        long n = org.xiezhi.corpus.text.ChineseNumerals.parse(m.group(1));
        Optional<StatuteArticle> target = statutes.article("刑法第" + n + "条" + (m.group(2) == null ? "" : m.group(2)));
        if (target.isPresent() && !Tiers.of(target.get()).isEmpty()) {
          return target;
        }
      }
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern REFERS =
      java.util.regex.Pattern.compile("依照本法第([零一二三四五六七八九十百]+)条(之[一二三四五六七八九十])?的规定处罚");

  /** The reference for one charge, with the low amount standard. */
  public SentencingReference reference(String facts, String chargeName, List<String> allCharges) {
    return reference(facts, chargeName, allCharges, AmountStandards.Standard.LOW);
  }

  /** The reference for one charge; {@code standard} picks the end of a provincial amount range. */
  public SentencingReference reference(
      String facts, String chargeName, List<String> allCharges, AmountStandards.Standard standard) {
    try (JudgmentModel.Pinned m = model == null ? null : model.pin()) {
      return reference(facts, chargeName, allCharges, standard, m);
    }
  }

  /**
   * As above, estimating with {@code model} (the models the caller holds for its whole request;
   * null: no estimate).
   */
  public SentencingReference reference(
      String facts, String chargeName, List<String> allCharges, AmountStandards.Standard standard, JudgmentModel model) {
    String charge = statutes.canonical(chargeName);
    List<String> explanation = new ArrayList<>();
    List<Circumstance> circumstances = detector.detect(facts);
    if (circumstances.isEmpty()) {
      explanation.add("事实中未发现自首、坦白、累犯等法定或酌定量刑情节。");
    } else {
      StringBuilder b = new StringBuilder("事实中发现以下量刑情节：");
      for (Circumstance c : circumstances) {
        b.append(c.name()).append(c.mitigating() ? "（从宽）" : "（从严）").append("；");
      }
      explanation.add(b.toString());
    }

    SentencingReference.Statutory statutory = null;
    List<Tiers.Tier> tiers = List.of();
    Integer chosen = null;
    Optional<StatuteArticle> article = articleOf(charge);
    if (article.isPresent()) {
      tiers = Tiers.of(article.get());
      TierSelector.Choice choice = TierSelector.choose(charge, facts, standard);
      if (choice.level() >= 0 && !tiers.isEmpty()) {
        chosen = Math.min(choice.level(), tiers.size() - 1);
      }
      List<SentencingReference.TierView> views = new ArrayList<>();
      for (Tiers.Tier t : tiers) {
        var r = t.range();
        views.add(
            new SentencingReference.TierView(
                t.paragraph(), Tiers.describe(r), r.types(), r.minMonths(), r.maxMonths(), r.fine(),
                r.condition()));
      }
      statutory = new SentencingReference.Statutory(article.get().label(), views, chosen, choice.reason());
      explanation.add(
          chosen == null
              ? "法定刑：" + article.get().label() + "规定了" + tiers.size() + "个量刑档次；" + choice.reason() + "。"
              : "法定刑：" + article.get().label() + "，" + choice.reason() + "：" + Tiers.describe(tiers.get(chosen).range()) + "。");
    } else {
      explanation.add("未找到" + charge + "对应的刑法条文及法定刑。");
    }

    SentencingReference.Similar sim = null;
    List<Integer> simMonths = new ArrayList<>();
    if (similar != null) {
      List<SimilarCase> cases = similar.find(facts, charge, k);
      List<SentencingReference.CaseSentence> shown = new ArrayList<>();
      int life = 0;
      int death = 0;
      int probation = 0;
      for (SimilarCase c : cases) {
        for (Sentence s : c.sentences()) {
          Integer m = SentenceWords.months(s);
          if (m != null) {
            simMonths.add(m);
          } else if (Sentence.LIFE.equals(s.type())) {
            life++;
          } else if (s.type() != null && s.type().startsWith("death")) {
            death++;
          }
          if (s.probationMonths() != null && s.probationMonths() > 0) {
            probation++;
          }
          shown.add(new SentencingReference.CaseSentence(c.id(), c.title(), c.score(), SentenceWords.of(s), m));
        }
      }
      TermDistribution d = TermDistribution.of(simMonths);
      sim = new SentencingReference.Similar(cases.size(), d, life, death, probation, shown);
      explanation.add(
          d.n() == 0
              ? "未找到同罪名的相似案例的刑期。"
              : String.format(
                  java.util.Locale.ROOT,
                  "%d个最相似的同罪名案例中，%d名被告人的刑期中位数为%s（四分位区间%s至%s，最短%s，最长%s），其中%d人适用缓刑。",
                  cases.size(), d.n(), Tiers.months((int) Math.round(d.median())),
                  Tiers.months((int) Math.round(d.p25())), Tiers.months((int) Math.round(d.p75())),
                  Tiers.months(d.min()), Tiers.months(d.max()), probation));
    }

    SentencingReference.Estimate est = null;
    if (model != null) {
      ModelEstimate e = model.estimate(facts, allCharges, List.of());
      est = new SentencingReference.Estimate(e.termMonths(), e.death(), e.life(), e.model());
      explanation.add(
          e.death() ? "模型（" + e.model() + "）估计为死刑。"
              : e.life() ? "模型（" + e.model() + "）估计为无期徒刑。"
              : e.termMonths() == null ? "模型未给出刑期估计。"
              : "模型（" + e.model() + "）估计刑期约" + Tiers.months(e.termMonths()) + "。");
    }

    GuidelineResult g = null;
    if (guideline != null) {
      g = allCharges.size() > 1
          ? GuidelineResult.notApplicable(charge, "数罪并罚：指导意见的三步法按个罪计算后再依法并罚，此处只对单一罪名测算。")
          : guideline.compute(charge, facts, circumstances, tiers, article.map(StatuteArticle::label).orElse(null), standard);
    }
    SentencingReference.Interval suggested;
    if (g != null && g.applies()) {
      suggested = new SentencingReference.Interval(g.recommended().minMonths(), g.recommended().maxMonths(),
          "量刑指导意见三步法（" + g.document() + "），模型估计与相似案例中位数并列供参考");
      explanation.add("量刑指导意见：" + String.join(" ", g.steps()));
    } else {
      suggested = suggest(tiers, chosen, simMonths, est);
      if (g != null) {
        explanation.add("量刑指导意见：" + g.reason());
      }
    }
    if (suggested != null) {
      explanation.add("建议参考区间：" + Tiers.months(suggested.minMonths()) + "至" + Tiers.months(suggested.maxMonths())
          + "（" + suggested.basis() + "）。仅供参考，由办案人员依法决定。");
    }
    return new SentencingReference(charge, circumstances, statutory, sim, est, suggested, g, explanation);
  }

  private static SentencingReference.Interval suggest(
      List<Tiers.Tier> tiers, Integer chosen, List<Integer> simMonths, SentencingReference.Estimate est) {
    int lo;
    int hi;
    String basis;
    if (simMonths.size() >= 5) {
      TermDistribution d = TermDistribution.of(simMonths);
      lo = (int) Math.floor(d.p25());
      hi = (int) Math.ceil(d.p75());
      basis = "相似案例刑期的四分位区间";
    } else if (est != null && est.termMonths() != null && !est.death() && !est.life()) {
      lo = (int) Math.floor(est.termMonths() * 0.8);
      hi = (int) Math.ceil(est.termMonths() * 1.2);
      basis = "模型估计刑期上下浮动20%";
    } else if (chosen != null) {
      Tiers.Tier t = tiers.get(chosen);
      lo = t.floorMonths();
      hi = t.ceilingMonths() == Integer.MAX_VALUE ? Tiers.IMPRISONMENT_MAX : t.ceilingMonths();
      basis = "事实对应的法定刑档次";
    } else {
      return null;
    }
    if (chosen != null) {
      Tiers.Tier t = tiers.get(chosen);
      int floor = t.floorMonths();
      int ceil = t.ceilingMonths() == Integer.MAX_VALUE ? Integer.MAX_VALUE : t.ceilingMonths();
      if (hi >= floor && lo <= ceil) {
        lo = Math.max(lo, Math.min(floor, hi));
        hi = Math.min(hi, ceil);
        basis += "，并限定在法定刑档次内";
      }
    }
    return new SentencingReference.Interval(lo, Math.max(lo, hi), basis);
  }
}
