package org.xiezhi.corpus.charge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.model.PenaltyRange;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.model.StatuteClause;
import org.xiezhi.corpus.statute.ArticleRef;
import org.xiezhi.corpus.statute.ArticleRefParser;
import org.xiezhi.corpus.statute.StatuteIndex;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * The statutory penalty tiers of a charge: the tiers of each provision it cites (the named 款, or
 * every 款 of the article), following a 款 that says 依照前款的规定处罚 / 依照第一款的规定处罚 to the 款 it
 * names within the same article, and from an article that only defines a charge (是受贿罪) to the
 * article that punishes it (对犯受贿罪的，依照本法第三百八十三条的规定处罚).
 */
public final class ChargePenalties {
  /** The tiers of one provision; {@code via} is the 款 label they were taken from when referred. */
  public record ProvisionTiers(String provision, List<PenaltyRange> tiers, String via) {
    public ProvisionTiers {
      tiers = List.copyOf(tiers);
    }
  }

  private static final Pattern REFERRAL =
      Pattern.compile("依照(前款|第([一二三四五六七八九十]+)款|前[两二三]款)的?规定(?:从重)?处罚");
  private static final Pattern ARTICLE_REFERRAL =
      Pattern.compile("依照本法第([一二三四五六七八九十百零]+)条的规定处罚");

  private ChargePenalties() {}

  /** The tiers of every provision of {@code charge}; provisions not in the index are skipped. */
  public static List<ProvisionTiers> of(ChargeEntry charge, StatuteIndex statutes) {
    List<ProvisionTiers> out = new ArrayList<>();
    for (String provision : charge.provisions()) {
      Optional<ArticleRef> ref = ArticleRefParser.parse(provision);
      if (ref.isEmpty()) {
        continue;
      }
      Optional<StatuteArticle> article = statutes.get(ref.get().id());
      if (article.isEmpty()) {
        continue;
      }
      List<StatuteClause> clauses = article.get().clauses();
      if (ref.get().paragraph() == null) {
        List<PenaltyRange> tiers = new ArrayList<>();
        clauses.forEach(c -> tiers.addAll(c.penalties()));
        if (tiers.isEmpty()) {
          out.add(punishingArticle(article.get(), charge.name(), statutes, provision));
        } else {
          out.add(new ProvisionTiers(provision, tiers, null));
        }
      } else if (ref.get().paragraph() <= clauses.size()) {
        int p = ref.get().paragraph();
        StatuteClause c = clauses.get(p - 1);
        if (!c.penalties().isEmpty()) {
          out.add(new ProvisionTiers(provision, c.penalties(), null));
        } else {
          int target = referredParagraph(c.text(), p);
          if (target > 0 && target <= clauses.size() && target != p) {
            out.add(new ProvisionTiers(provision, clauses.get(target - 1).penalties(),
                ref.get().article().label() + "第" + target + "款"));
          } else {
            out.add(new ProvisionTiers(provision, List.of(), null));
          }
        }
      }
    }
    return out;
  }

  /**
   * For an article that only defines a charge (第三百八十五条 …是受贿罪), the tiers of the next article
   * when it starts 对犯<charge>的 (第三百八十六条), following one 依照本法第X条的规定处罚 (→ 第三百八十三条).
   */
  private static ProvisionTiers punishingArticle(StatuteArticle defining, String chargeName,
      StatuteIndex statutes, String provision) {
    Optional<StatuteArticle> next =
        statutes.get(new ArticleRef(defining.law(), defining.number() + 1, 0, null, null).id());
    if (next.isEmpty() || !next.get().text().startsWith("对犯" + chargeName)) {
      return new ProvisionTiers(provision, List.of(), null);
    }
    StatuteArticle punishing = next.get();
    List<PenaltyRange> tiers = new ArrayList<>();
    punishing.clauses().forEach(c -> tiers.addAll(c.penalties()));
    if (tiers.isEmpty()) {
      Matcher m = ARTICLE_REFERRAL.matcher(punishing.text());
      if (m.find()) {
        Optional<StatuteArticle> target = statutes.get(new ArticleRef(defining.law(),
            (int) ChineseNumerals.parse(m.group(1)), 0, null, null).id());
        if (target.isPresent()) {
          target.get().clauses().forEach(c -> tiers.addAll(c.penalties()));
          return new ProvisionTiers(provision, tiers, target.get().label());
        }
      }
    }
    return new ProvisionTiers(provision, tiers, punishing.label());
  }

  /** The 款 a referral names (前款 = the one before), or 0 when the text refers to none. */
  static int referredParagraph(String text, int paragraph) {
    Matcher m = REFERRAL.matcher(text);
    if (!m.find()) {
      return 0;
    }
    if (m.group(2) != null) {
      return (int) ChineseNumerals.parse(m.group(2));
    }
    if (m.group(1).equals("前款")) {
      return paragraph - 1;
    }
    return 1; // 前两款 / 前三款: the first of them states the tiers
  }
}
