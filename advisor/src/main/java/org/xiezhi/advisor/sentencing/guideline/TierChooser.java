package org.xiezhi.advisor.sentencing.guideline;

import java.util.List;
import java.util.Locale;
import org.xiezhi.corpus.facts.AmountExtractor;
import org.xiezhi.corpus.facts.Quantity;
import org.xiezhi.corpus.facts.QuantityExtractor;
import org.xiezhi.corpus.guideline.CrimeRule;
import org.xiezhi.corpus.guideline.StartingTier;

/**
 * Picks the guideline tier of a crime from the facts: money thresholds of the interpretations for
 * property crimes, injury grade for 故意伤害 and 非法拘禁, escape and death for 交通肇事, the listed
 * aggravating forms for 抢劫 and 强奸, drug weight for the drug crimes, and 情节严重 / 情节特别严重 as
 * the facts word it for the rest. Heroin and methamphetamine thresholds are those of 刑法第347条.
 */
final class TierChooser {
  private static final List<String> ROBBERY_AGGRAVATED = List.of("入户抢劫", "公共交通工具上抢劫", "抢劫银行", "抢劫金融机构",
      "冒充军警", "持枪抢劫", "抢劫军用物资", "抢险、救灾、救济物资", "致人重伤", "致一人重伤", "重伤");
  private static final List<String> RAPE_AGGRAVATED = List.of("轮奸", "当众强奸", "公共场所", "不满十周岁", "三人", "情节恶劣", "重伤");

  private TierChooser() {}

  static TierChoice choose(CrimeRule rule, String facts, List<Quantity> qs, AmountStandards.Standard standard) {
    String f = facts == null ? "" : facts;
    String crime = rule.crime();
    AmountStandards.Thresholds th = AmountStandards.of(crime);
    if ("信用卡诈骗罪".equals(crime) && f.contains("透支")) {
      th = AmountStandards.OVERDRAFT;
    }
    if (th != null) {
      return byAmount(rule, f, qs, th, standard);
    }
    Quantity injury = QuantityExtractor.of(qs, Quantity.INJURY);
    Quantity victims = QuantityExtractor.of(qs, Quantity.VICTIMS);
    switch (crime) {
      case "故意伤害罪":
        if (injury == null || injury.value() < 2) {
          return TierChoice.none("事实中未见轻伤以上的伤情鉴定结论，无法确定量刑起点");
        }
        if (injury.value() >= 6) {
          return TierChoice.none("故意伤害致人死亡的量刑起点不在指导意见规定之列");
        }
        double extra = victims == null ? 0 : Math.min(1, (victims.value() - 1) / 3.0);
        double grade = injury.value() == 3 || injury.value() == 5 ? 0.6 : 0.3;
        return new TierChoice(injury.value() >= 4 ? 1 : 0, Math.min(1, grade + extra),
            "伤情为" + injury.label() + (victims == null ? "" : "，" + victims.label()), injury.evidence(), null);
      case "非法拘禁罪":
        if (injury != null && injury.value() >= 6) {
          return new TierChoice(2, Double.NaN, "事实显示致人死亡", injury.evidence(), null);
        }
        if (injury != null && injury.value() >= 4) {
          return new TierChoice(1, Double.NaN, "事实显示致人" + injury.label(), injury.evidence(), null);
        }
        return new TierChoice(0, Double.NaN, "未见致人重伤、死亡，按犯罪情节一般", null, null);
      case "交通肇事罪":
        if (f.contains("逃逸") && injury != null && injury.value() >= 6 && f.matches("(?s).*因逃逸致[^，。；]{0,8}死亡.*")) {
          return new TierChoice(2, Double.NaN, "事实显示因逃逸致人死亡", injury.evidence(), null);
        }
        if (f.contains("逃逸") && !f.contains("未逃逸")) {
          return new TierChoice(1, Double.NaN, "事实显示交通运输肇事后逃逸", null, null);
        }
        double more = victims == null ? 0 : Math.min(1, (victims.value() - 1) / 3.0);
        return new TierChoice(0, more, "致人重伤、死亡或者公私财产遭受重大损失"
            + (victims == null ? "" : "（" + victims.label() + "）"), injury == null ? null : injury.evidence(), null);
      case "危险驾驶罪":
        Quantity bac = QuantityExtractor.of(qs, Quantity.BAC);
        if (bac == null) {
          return new TierChoice(0, Double.NaN, "未见血液酒精含量", null, null);
        }
        if (bac.value() < 80) {
          return TierChoice.none("血液酒精含量" + bac.label() + "低于醉酒驾驶的80mg/100ml标准");
        }
        return new TierChoice(0, Math.min(1, (bac.value() - 80) / 300.0), "血液酒精含量" + bac.label()
            + "，达到醉酒驾驶标准（80mg/100ml）", bac.evidence(),
            "《车辆驾驶人员血液、呼气酒精含量阈值与检验》（GB19522）；刑法第133条之一第1款第2项");
      case "抢劫罪":
        for (String k : ROBBERY_AGGRAVATED) {
          if (f.contains(k)) {
            return new TierChoice(1, Double.NaN, "事实显示“" + k + "”，属于指导意见所列十年至十三年起点的情形", null, "刑法第263条");
          }
        }
        return new TierChoice(0, Double.NaN, "未见刑法第二百六十三条所列加重情形，按抢劫一次", null, "刑法第263条");
      case "强奸罪":
        for (String k : RAPE_AGGRAVATED) {
          if (f.contains(k)) {
            return new TierChoice(1, Double.NaN, "事实显示“" + k + "”", null, "刑法第236条");
          }
        }
        return f.contains("幼女") ? new TierChoice(2, Double.NaN, "奸淫幼女一人", null, "刑法第236条第2款")
            : new TierChoice(0, Double.NaN, "强奸妇女一人", null, "刑法第236条第1款");
      case "走私、贩卖、运输、制造毒品罪":
        return drugs(qs, true);
      case "非法持有毒品罪":
        return drugs(qs, false);
      default:
        return byWording(rule, f);
    }
  }

  private static TierChoice byAmount(CrimeRule rule, String f, List<Quantity> qs, AmountStandards.Thresholds th,
      AmountStandards.Standard standard) {
    long[] t = th.pick(standard);
    AmountExtractor.Amount a = AmountExtractor.extract(f);
    String std = th.varies() ? "（各地在" + String.format(Locale.ROOT, "%,d–%,d元", th.low()[0], th.high()[0])
        + "等幅度内确定，此处采用" + (standard == AmountStandards.Standard.HIGH ? "上限" : "下限") + "）" : "";
    int last = rule.tiers().size() - 1;
    if (a == null || a.yuan() < t[0]) {
      Quantity count = QuantityExtractor.of(qs, Quantity.COUNT);
      String alt = rule.tiers().get(0).condition();
      if (count != null && count.value() >= 3 && alt.contains("三次")) {
        return new TierChoice(0, Math.min(1, (count.value() - 3) / 10.0), "二年内" + count.label() + "，以次数确定量刑起点，超过三次的次数增加刑罚量",
            count.evidence(), th.provision());
      }
      if (alt.contains("入户") && (f.contains("入户盗窃") || f.contains("扒窃") || f.contains("携带凶器"))) {
        return new TierChoice(0, 0, "入户盗窃、携带凶器盗窃或者扒窃", null, th.provision());
      }
      return TierChoice.none(a == null ? "事实中未找到涉案数额，无法按数额确定量刑起点"
          : String.format(Locale.ROOT, "涉案数额%,d元未达数额较大起点%,d元", a.yuan(), t[0]) + std);
    }
    int level = a.yuan() >= t[2] ? 2 : a.yuan() >= t[1] ? 1 : 0;
    level = Math.min(level, last);
    double lo = t[level];
    double hi = level + 1 < t.length && t[level + 1] > t[level] && level < last ? t[level + 1] : lo * 10;
    double pos = Math.max(0, Math.min(1, (a.yuan() - lo) / (hi - lo)));
    String[] names = {"数额较大", "数额巨大", "数额特别巨大"};
    return new TierChoice(level, pos,
        String.format(Locale.ROOT, "涉案数额约%,d元，达到%s起点%,d元", a.yuan(), names[level], t[level]) + std,
        a.evidence(), th.provision());
  }

  private static TierChoice drugs(List<Quantity> qs, boolean trafficking) {
    Quantity g = QuantityExtractor.of(qs, Quantity.DRUG_GRAMS);
    String law = trafficking ? "刑法第347条" : "刑法第348条";
    if (g == null) {
      return trafficking
          ? new TierChoice(2, Double.NaN, "未见海洛因、甲基苯丙胺的数量，按少量毒品", null, law)
          : TierChoice.none("未见海洛因、甲基苯丙胺的数量，无法确定非法持有毒品的量刑起点");
    }
    double x = g.value();
    if (x >= 50) {
      return new TierChoice(0, Double.NaN, "海洛因、甲基苯丙胺共约" + g.label() + "，达到五十克", g.evidence(), law);
    }
    if (x >= 10) {
      return new TierChoice(trafficking ? 1 : 2, (x - 10) / 40, "海洛因、甲基苯丙胺共约" + g.label() + "，达到十克不满五十克",
          g.evidence(), law);
    }
    return trafficking ? new TierChoice(2, x / 10, "海洛因、甲基苯丙胺共约" + g.label() + "，不满十克", g.evidence(), law)
        : TierChoice.none("非法持有海洛因、甲基苯丙胺" + g.label() + "，不满十克，未达定罪数量");
  }

  private static TierChoice byWording(CrimeRule rule, String f) {
    List<StartingTier> ts = rule.tiers();
    if (ts.size() > 1) {
      for (int i = ts.size() - 1; i >= 1; i--) {
        String c = ts.get(i).condition();
        if (c.contains("特别严重") && f.contains("情节特别严重")
            || !c.contains("特别严重") && c.contains("情节严重") && f.contains("情节严重") && !f.contains("情节特别严重")) {
          return new TierChoice(i, Double.NaN, "事实写明" + (c.contains("特别严重") ? "情节特别严重" : "情节严重"), null, null);
        }
      }
    }
    return new TierChoice(0, Double.NaN, "按" + ts.get(0).condition() + "确定量刑起点", null, null);
  }
}
