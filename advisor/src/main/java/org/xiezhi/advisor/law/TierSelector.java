package org.xiezhi.advisor.law;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.advisor.sentencing.guideline.AmountStandards;
import org.xiezhi.corpus.facts.AmountExtractor;

/**
 * Chooses the statutory tier the facts point to, where the text of the law and its judicial
 * interpretations allow it: money thresholds for property and corruption crimes, injury grades for
 * 故意伤害, escape and death for 交通肇事, aggravating forms of 抢劫, drug quantities for 毒品犯罪.
 * Returns the level (0 = the base tier) and the reason in plain Chinese; {@code -1} when no rule
 * applies (the caller then shows every tier).
 */
public final class TierSelector {

  /** A level with its reason. */
  public record Choice(int level, String reason) {}

  /**
   * Money thresholds (yuan) for 数额较大 / 巨大 / 特别巨大 of the crimes outside the sentencing
   * guideline's amount table. The guideline's crimes (盗窃, 诈骗, 抢夺, 敲诈勒索, 合同诈骗, 信用卡诈骗,
   * 职务侵占 …) take theirs from {@link AmountStandards}, the one source with each provision.
   */
  private static final Map<String, long[]> OTHER_AMOUNT_THRESHOLDS =
      Map.ofEntries(
          Map.entry("挪用资金罪", new long[] {100_000, 4_000_000, 15_000_000}),
          Map.entry("贪污罪", new long[] {30_000, 200_000, 3_000_000}),
          Map.entry("受贿罪", new long[] {30_000, 200_000, 3_000_000}),
          Map.entry("掩饰、隐瞒犯罪所得、犯罪所得收益罪", new long[] {0, 100_000, 10_000_000}));

  private static final Pattern DRUG_GRAMS =
      Pattern.compile("(海洛因|甲基苯丙胺|冰毒|可卡因)[^，。；]{0,20}?([0-9]+(?:\\.[0-9]+)?)\\s*(克|g)");

  private TierSelector() {}

  /** The level for {@code charge} (canonical name ending in 罪) given the facts, under the low amount standard. */
  public static Choice choose(String charge, String facts) {
    return choose(charge, facts, AmountStandards.Standard.LOW);
  }

  /**
   * The level for {@code charge} given the facts; {@code standard} picks the end of a provincial
   * amount range (the same thresholds and provision the guideline's tiers use).
   */
  public static Choice choose(String charge, String facts, AmountStandards.Standard standard) {
    String f = facts == null ? "" : facts;
    AmountStandards.Thresholds shared = AmountStandards.of(charge);
    long[] th = shared != null ? shared.pick(standard == null ? AmountStandards.Standard.LOW : standard)
        : OTHER_AMOUNT_THRESHOLDS.get(charge);
    if (th != null) {
      AmountExtractor.Amount a = AmountExtractor.extract(f);
      if (a == null) {
        return new Choice(-1, "事实中未找到涉案数额，无法按数额选择量刑档次");
      }
      int level = a.yuan() >= th[2] ? 2 : a.yuan() >= th[1] ? 1 : 0;
      String[] names = {"数额较大", "数额巨大", "数额特别巨大"};
      return new Choice(
          level,
          String.format(
              Locale.ROOT,
              "涉案数额约%,d元，按司法解释的数额标准（较大%,d元、巨大%,d元、特别巨大%,d元起%s）属于%s",
              a.yuan(), th[0], th[1], th[2], shared == null ? "" : "，" + shared.provision(), names[level]));
    }
    switch (charge) {
      case "故意伤害罪":
        if (f.contains("死亡")) {
          return new Choice(2, "事实显示致人死亡，适用十年以上有期徒刑、无期徒刑或者死刑一档");
        }
        if (f.contains("重伤")) {
          return new Choice(1, "事实显示致人重伤，适用三年以上十年以下有期徒刑一档");
        }
        if (f.contains("轻伤")) {
          return new Choice(0, "事实显示致人轻伤，适用三年以下有期徒刑、拘役或者管制一档");
        }
        return new Choice(-1, "事实中未见伤情鉴定结论");
      case "交通肇事罪":
        if (f.contains("因逃逸致人死亡") || f.contains("逃逸致") && f.contains("死亡")) {
          return new Choice(2, "事实显示因逃逸致人死亡，适用七年以上有期徒刑一档");
        }
        if (f.contains("逃逸")) {
          return new Choice(1, "事实显示肇事后逃逸，适用三年以上七年以下有期徒刑一档");
        }
        return new Choice(0, "未见逃逸等加重情节，适用三年以下有期徒刑或者拘役一档");
      case "抢劫罪":
        for (String k :
            List.of("入户抢劫", "公共交通工具上抢劫", "抢劫银行", "多次抢劫", "致人重伤", "致人死亡", "冒充军警", "持枪抢劫",
                "抢劫军用物资")) {
          if (f.contains(k)) {
            return new Choice(1, "事实显示“" + k + "”，属于刑法第二百六十三条规定的加重情形，适用十年以上一档");
          }
        }
        return new Choice(0, "未见刑法第二百六十三条所列加重情形，适用三年以上十年以下有期徒刑一档");
      case "故意杀人罪":
        if (f.contains("情节较轻")) {
          return new Choice(0, "事实写明情节较轻，适用三年以上十年以下有期徒刑一档");
        }
        return new Choice(1, "未写明情节较轻，适用死刑、无期徒刑或者十年以上有期徒刑一档");
      case "危险驾驶罪":
        return new Choice(0, "危险驾驶罪只有一档：拘役，并处罚金");
      case "走私、贩卖、运输、制造毒品罪":
        return drugs(f);
      default:
        return new Choice(-1, "该罪名暂无按事实选择档次的规则，列出全部法定刑档次");
    }
  }

  private static Choice drugs(String f) {
    Matcher m = DRUG_GRAMS.matcher(f);
    double grams = 0;
    while (m.find()) {
      grams += Double.parseDouble(m.group(2));
    }
    if (grams <= 0) {
      return new Choice(-1, "事实中未找到海洛因、甲基苯丙胺等毒品的数量");
    }
    String g = String.format(Locale.ROOT, "%.2f克", grams);
    if (grams >= 50) {
      return new Choice(3, "海洛因或甲基苯丙胺等共约" + g + "，达到五十克以上，适用十五年有期徒刑、无期徒刑或者死刑一档");
    }
    if (grams >= 10) {
      return new Choice(2, "海洛因或甲基苯丙胺等共约" + g + "，十克以上不满五十克，适用七年以上有期徒刑一档");
    }
    return new Choice(0, "海洛因或甲基苯丙胺等共约" + g + "，不满十克，适用三年以下有期徒刑、拘役或者管制一档（情节严重的三年以上七年以下）");
  }
}
