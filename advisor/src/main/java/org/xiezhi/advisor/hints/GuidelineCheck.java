package org.xiezhi.advisor.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xiezhi.advisor.law.Tiers;
import org.xiezhi.corpus.model.SentenceWords;
import org.xiezhi.advisor.sentencing.SentencingReference;
import org.xiezhi.advisor.sentencing.guideline.GuidelineResult;
import org.xiezhi.corpus.model.Sentence;

/**
 * Checks a proposed or decided fixed-term sentence against the sentencing guideline's recommended
 * range of a single charge; the hint carries the guideline's steps as its evidence.
 */
public final class GuidelineCheck {
  private GuidelineCheck() {}

  /** The hint when the term lies outside the range (none for several charges or when the guideline does not apply). */
  public static List<Hint> check(Sentence s, List<SentencingReference> refs) {
    List<Hint> out = new ArrayList<>();
    if (s == null || refs.size() != 1) {
      return out;
    }
    GuidelineResult g = refs.get(0).guideline();
    Integer months = SentenceWords.months(s);
    if (g == null || !g.applies() || months == null) {
      return out;
    }
    GuidelineResult.Recommended r = g.recommended();
    if (months >= r.minMonths() && months <= r.maxMonths()) {
      return out;
    }
    List<Hint.Evidence> ev = new ArrayList<>();
    for (String step : g.steps()) {
      ev.add(new Hint.Evidence("guideline", g.document(), step));
    }
    out.add(new Hint(HintCodes.OUTSIDE_GUIDELINE_RANGE, Hint.WARNING,
        String.format(Locale.ROOT, "刑期%s%s量刑指导意见三步法的建议区间（%s至%s，点值%s%s），请核对量刑起点、基准刑与情节调节。",
            Tiers.months(months), months < r.minMonths() ? "低于" : "高于", Tiers.months(r.minMonths()),
            Tiers.months(r.maxMonths()), r.type(), Tiers.months(r.months())),
        ev));
    return out;
  }
}
