package org.xiezhi.advisor.sentencing.guideline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.advisor.sentencing.SentencingReference;
import org.xiezhi.corpus.guideline.Ratio;

/** The three steps on fictional cases written for each tier kind and circumstance class. */
class GuidelineCalculatorTest {
  private static GuidelineResult g(String charge, String facts) {
    return ref(charge, facts).guideline();
  }

  private static SentencingReference ref(String charge, String facts) {
    return RealAdvisor.get().sentencing(facts, List.of(charge)).get(0);
  }

  private static GuidelineResult.Adjustment adj(GuidelineResult r, String code) {
    return r.adjustments().stream().filter(a -> a.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + r.adjustments()));
  }

  @Test
  void theftOfTheFirstTierWithConfessionRestitutionAndForgiveness() {
    GuidelineResult r = g("盗窃罪", "2023年5月，被告人张某在某商场窃取他人手机一部，价值人民币6800元。到案后如实供述犯罪事实，退赃全部，并取得被害人谅解。");
    assertTrue(r.applies());
    assertEquals("法发〔2021〕21号", r.document());
    assertEquals(0, r.tier().index());
    assertEquals(new GuidelineResult.Months(1, 12), r.startingPoint());
    // 6,800 yuan lies 20% into 1,000–30,000: baseline rises by 20% of (36 − 12) months.
    assertEquals(new GuidelineResult.Months(5.8, 16.8), r.baseline());
    assertEquals(new Ratio(-0.2, 0), adj(r, "CONFESSION").ratio());
    assertEquals(new Ratio(-0.3, 0), adj(r, "RESTITUTION").ratio());
    assertEquals(new Ratio(-0.2, 0), adj(r, "COMPENSATION").ratio(), "谅解 without 赔偿: 20%以下");
    assertEquals("法发〔2021〕21号 三（十）", adj(r, "RESTITUTION").source());
    assertTrue(adj(r, "RESTITUTION").evidence().contains("退赃"));
    // point: middle of 1–12 plus 4.8 = 11.3; × (1 − 0.35) = 7.3 → 7 months; range 5.8 × 0.3 = 1.7 → 1, 16.8 → 17.
    assertEquals(new GuidelineResult.Recommended(1, 17, 7, "有期徒刑"), r.recommended());
    assertTrue(r.fine().contains("13,600元"));
    assertTrue(r.sources().stream().anyMatch(s -> s.contains("法释〔2013〕8号")));
    assertEquals(4, r.steps().size());
    assertTrue(r.steps().get(2).contains("11.3 × 1.00 × (1 − 0.35) = 7.3"), r.steps().get(2));
    SentencingReference ref = ref("盗窃罪", "被告人张某窃取他人手机一部，价值人民币6800元。到案后如实供述。");
    assertEquals(ref.guideline().recommended().minMonths(), ref.suggested().minMonths(), "the guideline range is the suggestion");
  }

  @Test
  void theftTiersFollowTheAmountAndTheCallersStandard() {
    GuidelineResult big = g("盗窃罪", "被告人窃取现金人民币100000元。");
    assertEquals(1, big.tier().index());
    assertEquals(new GuidelineResult.Months(36, 48), big.startingPoint());
    assertTrue(big.recommended().minMonths() >= 36, "no circumstance allows going below the tier: " + big.recommended());
    GuidelineResult huge = g("盗窃罪", "被告人窃取现金人民币600000元。");
    assertEquals(2, huge.tier().index());
    assertTrue(huge.recommended().months() >= 120 && huge.recommended().months() <= 180);
    String f = "被告人窃取现金人民币2000元。";
    assertTrue(g("盗窃罪", f).applies());
    List<SentencingReference> high = RealAdvisor.get().sentencing(f, List.of("盗窃罪"), AmountStandards.Standard.HIGH);
    assertFalse(high.get(0).guideline().applies(), "2,000 yuan is below the high standard of 3,000");
    assertTrue(high.get(0).guideline().reason().contains("3,000"));
    GuidelineResult pick = g("盗窃罪", "被告人在公交车上扒窃他人钱包，内有现金300元。");
    assertTrue(pick.applies(), "扒窃 needs no amount");
    assertEquals(0, pick.tier().index());
  }

  @Test
  void drunkDrivingIsDeclaredWithinOneToSixMonthsOfDetention() {
    GuidelineResult r = g("危险驾驶罪", "被告人李某酒后驾驶小型轿车在道路上行驶，被民警查获。经鉴定，其血液中乙醇含量为186.5mg/100ml。李某到案后如实供述，自愿认罪认罚。");
    assertTrue(r.applies());
    assertEquals("拘役", r.recommended().type());
    assertTrue(r.recommended().minMonths() >= 1 && r.recommended().maxMonths() <= 6);
    assertEquals(2, r.recommended().months(), "1 + (186.5 − 80)/60 = 2.8, × (1 − 0.15) = 2.4");
    GuidelineResult.Adjustment plea = adj(r, "PLEA");
    assertEquals(new Ratio(-0.3, 0), plea.ratio(), "认罪认罚 absorbs 坦白: 30%以下");
    assertTrue(r.adjustments().stream().noneMatch(a -> a.code().equals("CONFESSION")));
    assertTrue(r.steps().stream().anyMatch(s -> s.contains("不作重复评价")));
    assertFalse(g("危险驾驶罪", "被告人酒后驾驶机动车，血液中乙醇含量为45mg/100ml。").applies());
  }

  @Test
  void injuryTiersByGrade() {
    GuidelineResult light = g("故意伤害罪", "被告人王某持木棒击打赵某头部，致赵某轻伤二级。案发后王某主动投案，如实供述。");
    assertEquals(0, light.tier().index());
    assertEquals(new Ratio(-0.4, 0), adj(light, "SURRENDER").ratio());
    assertTrue(light.adjustments().stream().noneMatch(a -> a.code().equals("CONFESSION")), "如实供述 is part of 自首");
    GuidelineResult grave = g("故意伤害罪", "被告人持刀捅刺被害人腹部，经鉴定，被害人损伤程度为重伤二级。");
    assertEquals(1, grave.tier().index());
    assertEquals(new GuidelineResult.Months(36, 60), grave.startingPoint());
    assertTrue(grave.recommended().minMonths() >= 36);
    GuidelineResult death = g("故意伤害罪", "被告人殴打被害人，致被害人经抢救无效死亡。");
    assertFalse(death.applies());
    assertNull(death.recommended());
    assertFalse(g("故意伤害罪", "被告人殴打被害人，致其轻微伤。").applies());
  }

  @Test
  void multiplyFirstCircumstancesAreAProductBeforeTheSum() {
    GuidelineResult r = g("抢劫罪", "被告人伙同他人持刀抢劫被害人现金2000元，被告人在共同犯罪中起次要作用，系从犯。到案后如实供述。");
    GuidelineResult.Adjustment acc = adj(r, "ACCESSORY");
    assertEquals("multiply-first", acc.order());
    assertEquals(new Ratio(-0.5, -0.2), acc.ratio());
    assertEquals("multiply-first", r.adjustments().get(0).order(), "the multiply-first ones come first");
    // baseline 36–72, point 54 (no quantity: middle); × (1 − 0.35) × (1 − 0.10) = 31.6 → 32 months
    assertEquals(32, r.recommended().months());
    assertTrue(r.recommended().minMonths() < 36, "从犯 allows going below the statutory minimum");
    assertTrue(r.steps().get(2).contains("先行连乘"));
  }

  @Test
  void aggravatingCircumstancesAddAndRecidivistsGetNoProbation() {
    GuidelineResult r = g("盗窃罪", "被告人曾因盗窃罪被判处有期徒刑一年，刑满释放后五年内再犯，系累犯。2023年又窃取电动车一辆，价值3000元。");
    assertEquals(new Ratio(0.1, 0.4), adj(r, "RECIDIVIST").ratio());
    assertTrue(r.adjustments().stream().noneMatch(a -> a.code().equals("PRIOR_RECORD")), "前科 is part of 累犯");
    assertTrue(r.probation().contains("累犯不适用缓刑"));
    GuidelineResult plain = g("盗窃罪", "被告人2023年窃取电动车一辆，价值3000元。");
    assertTrue(r.recommended().months() > plain.recommended().months());
  }

  @Test
  void pleaWithSurrenderAndRestitutionIsOneSixtyPercentAdjustment() {
    GuidelineResult r = g("诈骗罪", "被告人虚构事实骗取被害人人民币50000元。案发后被告人主动投案，如实供述，退赔被害人全部损失，自愿认罪认罚。");
    assertEquals(1, r.tier().index());
    GuidelineResult.Adjustment plea = adj(r, "PLEA");
    assertEquals(new Ratio(-0.6, 0), plea.ratio());
    assertTrue(plea.circumstance().contains("自首") && plea.circumstance().contains("退赃退赔"), plea.circumstance());
    assertEquals(1, r.adjustments().size());
  }

  @Test
  void drugTiersAndCrimeSpecificAdjustments() {
    GuidelineResult small = g("走私、贩卖、运输、制造毒品罪", "被告人以200元的价格向他人贩卖甲基苯丙胺1.2克。被告人系毒品再犯。");
    assertEquals(2, small.tier().index());
    assertEquals(new Ratio(0.1, 0.3), adj(small, "CRIME_SPECIFIC").ratio());
    GuidelineResult large = g("走私、贩卖、运输、制造毒品罪", "被告人贩卖甲基苯丙胺共计60克。");
    assertEquals(0, large.tier().index());
    assertEquals(180, large.recommended().months());
  }

  @Test
  void crimesTheGuidelineDoesNotCoverGetNothingInvented() {
    SentencingReference r = ref("故意杀人罪", "被告人持刀将被害人刺死。");
    assertFalse(r.guideline().applies());
    assertTrue(r.guideline().reason().contains("未规定"));
    assertNull(r.guideline().recommended());
    assertTrue(r.guideline().steps().isEmpty());
    assertFalse(r.suggested() != null && r.suggested().basis().contains("指导意见"));
  }

  @Test
  void theSupplementsCrimesUseTheGeneralCircumstances() {
    GuidelineResult r = g("帮助信息网络犯罪活动罪", "被告人明知他人利用信息网络实施犯罪，仍出售银行卡三张，获利1500元。到案后如实供述，自愿认罪认罚。");
    assertTrue(r.applies());
    assertEquals("《关于常见犯罪的量刑指导意见（二）（试行）》", r.document());
    assertEquals(new Ratio(-0.3, 0), adj(r, "PLEA").ratio());
  }
}
