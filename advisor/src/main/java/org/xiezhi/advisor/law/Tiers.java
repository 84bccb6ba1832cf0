package org.xiezhi.advisor.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xiezhi.corpus.model.PenaltyRange;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.model.StatuteClause;

/**
 * Penalty-tier arithmetic on parsed statutes: default bounds of each penalty type (arts. 38, 42,
 * 45), the tiers of an article ordered from lightest to heaviest, and whether a sentence fits one.
 */
public final class Tiers {
  /** 有期徒刑 runs from six months to fifteen years (art. 45). */
  public static final int IMPRISONMENT_MIN = 6;

  public static final int IMPRISONMENT_MAX = 180;
  /** 拘役 runs from one to six months (art. 42). */
  public static final int DETENTION_MIN = 1;

  public static final int DETENTION_MAX = 6;
  /** 管制 runs from three months to two years (art. 38). */
  public static final int SURVEILLANCE_MIN = 3;

  public static final int SURVEILLANCE_MAX = 24;

  private Tiers() {}

  /** A penalty tier with the 款 it comes from. */
  public record Tier(int paragraph, PenaltyRange range) {
    /** Lowest months of the fixed-term part (type defaults for open bounds); 0 when none. */
    public int floorMonths() {
      List<String> t = range.types();
      if (!t.contains(Sentence.IMPRISONMENT) && !t.contains(Sentence.DETENTION)
          && !t.contains(Sentence.SURVEILLANCE) && (t.contains(Sentence.LIFE) || t.contains(Sentence.DEATH))) {
        return Integer.MAX_VALUE - 1;
      }
      if (t.contains(Sentence.IMPRISONMENT) && !t.contains(Sentence.DETENTION)
          && !t.contains(Sentence.SURVEILLANCE)) {
        return imprisonmentFloor();
      }
      if (t.contains(Sentence.SURVEILLANCE)) {
        return SURVEILLANCE_MIN;
      }
      if (t.contains(Sentence.DETENTION)) {
        return DETENTION_MIN;
      }
      if (t.contains(Sentence.IMPRISONMENT)) {
        return imprisonmentFloor();
      }
      return 0;
    }

    /** Lowest term of imprisonment in this tier: never below six months (art. 45). */
    public int imprisonmentFloor() {
      return range.minMonths() == null ? IMPRISONMENT_MIN : Math.max(IMPRISONMENT_MIN, range.minMonths());
    }

    /** Highest term of imprisonment in this tier: at most fifteen years (art. 45). */
    public int imprisonmentCeiling() {
      return range.maxMonths() == null ? IMPRISONMENT_MAX : Math.min(IMPRISONMENT_MAX, range.maxMonths());
    }

    /** Highest months of the fixed-term part; {@link Integer#MAX_VALUE} with life or death. */
    public int ceilingMonths() {
      List<String> t = range.types();
      if (t.contains(Sentence.LIFE) || t.contains(Sentence.DEATH)) {
        return Integer.MAX_VALUE;
      }
      if (t.contains(Sentence.IMPRISONMENT)) {
        return imprisonmentCeiling();
      }
      if (t.contains(Sentence.DETENTION)) {
        return DETENTION_MAX;
      }
      if (t.contains(Sentence.SURVEILLANCE)) {
        return SURVEILLANCE_MAX;
      }
      return 0;
    }

    /** True when the tier says 并处罚金 or 并处或者单处罚金: a penalty without a fine is unlawful. */
    public boolean fineRequired() {
      if ("mandatory".equals(range.fine())) {
        return true;
      }
      // 并处或者单处罚金 requires a fine; "…、拘役或者罚金" only offers one as an alternative.
      return "alternative".equals(range.fine()) && range.text() != null && range.text().contains("并处");
    }

    /** True when the sentence satisfies the tier's fine: a fine, or 没收财产 where the tier allows it instead. */
    public boolean fineSatisfied(Sentence s) {
      if (s.fineYuan() != null && s.fineYuan() > 0) {
        return true;
      }
      return range.confiscation() && s.additional().stream().anyMatch(a -> a.contains("没收"));
    }

    /** True when the sentence's type and length are allowed by this tier. */
    public boolean admits(Sentence s) {
      String type = s.type();
      List<String> t = range.types();
      switch (type) {
        case Sentence.IMPRISONMENT:
          if (!t.contains(Sentence.IMPRISONMENT) || s.months() == null) {
            return false;
          }
          return s.months() >= imprisonmentFloor() && s.months() <= imprisonmentCeiling();
        case Sentence.DETENTION:
          return t.contains(Sentence.DETENTION)
              && (s.months() == null || s.months() >= DETENTION_MIN && s.months() <= DETENTION_MAX);
        case Sentence.SURVEILLANCE:
          return t.contains(Sentence.SURVEILLANCE)
              && (s.months() == null || s.months() >= SURVEILLANCE_MIN && s.months() <= SURVEILLANCE_MAX);
        case Sentence.LIFE:
          return t.contains(Sentence.LIFE);
        case Sentence.DEATH:
        case Sentence.DEATH_REPRIEVE:
          return t.contains(Sentence.DEATH);
        case Sentence.FINE_ONLY:
          return "alternative".equals(range.fine()) || t.contains(Sentence.FINE_ONLY);
        default:
          return false;
      }
    }
  }

  /**
   * The tiers of an article, lightest first (by floor, then ceiling). Clauses with no tier (unit
   * crimes that refer back, definitions) contribute nothing.
   */
  public static List<Tier> of(StatuteArticle article) {
    List<Tier> out = new ArrayList<>();
    for (StatuteClause c : article.clauses()) {
      for (PenaltyRange r : c.penalties()) {
        if (r.condition() != null && r.condition().startsWith("单位")) {
          continue; // penalties of a unit (单位犯罪), not of a natural person
        }
        if (!r.types().isEmpty() || r.fine() != null && !"none".equals(r.fine())) {
          out.add(new Tier(c.paragraph(), r));
        }
      }
    }
    out.sort(
        Comparator.comparingInt(Tier::floorMonths)
            .thenComparingInt(Tier::ceilingMonths)
            .thenComparingInt(Tier::paragraph));
    return out;
  }

  /** Readable Chinese for a number of months: 3年6个月, 8个月. */
  public static String months(int months) {
    if (months == Integer.MAX_VALUE) {
      return "无期徒刑或死刑";
    }
    int y = months / 12;
    int m = months % 12;
    if (y == 0) {
      return m + "个月";
    }
    return m == 0 ? y + "年" : y + "年" + m + "个月";
  }

  /** Readable Chinese for a tier, e.g. 3年以上10年以下有期徒刑，并处罚金. */
  public static String describe(PenaltyRange r) {
    if (r.text() != null && !r.text().isBlank()) {
      return r.text();
    }
    return String.join("、", r.types()) + " " + r.minMonths() + "–" + r.maxMonths() + "个月";
  }
}
