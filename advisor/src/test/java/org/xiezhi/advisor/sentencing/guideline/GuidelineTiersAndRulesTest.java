package org.xiezhi.advisor.sentencing.guideline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.guideline.Ratio;
import org.xiezhi.corpus.guideline.StartingTier;
import org.xiezhi.corpus.source.SharedData;

/**
 * The tiers of more crimes and the circumstance classes and combination rules not covered by
 * {@link GuidelineCalculatorTest}, on fictional cases: each fact picks the tier whose starting point
 * the guideline gives (the months as the parsed guideline holds them); multiply-first circumstances
 * (未成年人, 未遂), 立功, 前科 alone, 当庭自愿认罪 beside 自首, 中止 (named, not computed), several charges
 * (computed per crime before 数罪并罚: not here) and crimes the guideline does not cover.
 */
class GuidelineTiersAndRulesTest {
  private static GuidelineResult g(String charge, String facts) {
    return RealAdvisor.get().sentencing(facts, List.of(charge)).get(0).guideline();
  }

  private static StartingTier tier(String crime, int index) throws IOException {
    return GuidelineBook.fromLaws(SharedData.dataDir().resolve("laws")).orElseThrow().crime(crime).orElseThrow()
        .rule().tiers().get(index);
  }

  private static void picks(String crime, String facts, int index) throws IOException {
    GuidelineResult r = g(crime, facts);
    assertTrue(r.applies(), crime + ": " + r.reason());
    assertEquals(index, r.tier().index(), crime + " " + facts + ": " + r.tier());
    StartingTier t = tier(crime, index);
    assertEquals(new GuidelineResult.Months(t.minMonths(), t.maxMonths()), r.startingPoint(), crime + " tier " + index);
    assertTrue(r.steps().get(0).contains(t.source().cite()), r.steps().get(0));
  }

  private static boolean has(GuidelineResult r, String code) {
    return r.adjustments().stream().anyMatch(a -> a.code().equals(code));
  }

  private static GuidelineResult.Adjustment adj(GuidelineResult r, String code) {
    return r.adjustments().stream().filter(a -> a.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + r.adjustments()));
  }

  @Test
  void trafficAccidentTiersByEscapeAndDeath() throws IOException {
    picks("交通肇事罪", "被告人驾驶小型轿车未注意观察路况，撞倒行人刘某，致刘某经抢救无效死亡，被告人负事故全部责任。", 0);
    picks("交通肇事罪", "被告人驾驶货车与电动车相撞，致电动车驾驶人受伤，被告人驾车逃逸，负事故全部责任，被害人经鉴定为重伤二级。", 1);
    picks("交通肇事罪", "被告人驾车撞倒行人后驾车逃逸，被害人因得不到救助而死亡，系因逃逸致人死亡。", 2);
  }

  @Test
  void robberyRapeAndDrugTiersByTheListedForms() throws IOException {
    picks("抢劫罪", "被告人持刀在街头抢走被害人手机一部，价值1500元。", 0);
    picks("抢劫罪", "被告人深夜翻窗进入被害人家中，持刀威胁，劫取现金3000元，系入户抢劫。", 1);
    picks("强奸罪", "被告人违背妇女意志，以暴力手段强行与被害人发生性关系。", 0);
    picks("强奸罪", "被告人伙同他人轮奸被害人。", 1);
    picks("走私、贩卖、运输、制造毒品罪", "被告人向他人贩卖海洛因共计25克。", 1);
    picks("非法持有毒品罪", "被告人非法持有甲基苯丙胺60克。", 0);
    picks("非法持有毒品罪", "被告人非法持有甲基苯丙胺15克。", 2);
    assertFalse(g("非法持有毒品罪", "被告人非法持有甲基苯丙胺3克。").applies(), "below the 10 g that makes it a crime");
    picks("诈骗罪", "被告人虚构投资项目骗取被害人人民币800000元。", 2);
    picks("敲诈勒索罪", "被告人以公开被害人隐私相威胁，索取人民币5000元。", 0);
  }

  @Test
  void minorsAndAttemptsMultiplyFirst() {
    GuidelineResult minor = g("盗窃罪", "被告人作案时已满十六周岁不满十八周岁，窃取他人财物价值人民币5000元。");
    GuidelineResult.Adjustment m = adj(minor, "MINOR");
    assertEquals("multiply-first", m.order());
    assertTrue(m.ratio().min() < 0 && m.ratio().max() < 0, "未成年人 always reduces: " + m.ratio());
    GuidelineResult adult = g("盗窃罪", "被告人窃取他人财物价值人民币5000元。");
    assertTrue(minor.recommended().months() < adult.recommended().months());
    GuidelineResult attempt = g("抢劫罪", "被告人持刀抢劫被害人，因被害人呼救，因意志以外的原因未得逞，系犯罪未遂。");
    GuidelineResult.Adjustment a = adj(attempt, "ATTEMPT");
    assertEquals("multiply-first", a.order());
    assertEquals(new Ratio(-0.5, 0), a.ratio(), "未遂: 减少基准刑的50%以下");
    assertTrue(attempt.recommended().minMonths() < 36, "未遂 allows going below the statutory minimum");
  }

  @Test
  void meritoriousServiceAndAPriorRecordAddAndSubtract() {
    GuidelineResult merit = g("盗窃罪", "被告人窃取他人财物价值人民币5000元。到案后检举揭发他人犯罪行为，经查证属实，构成立功。");
    GuidelineResult.Adjustment m = adj(merit, "MERITORIOUS");
    assertEquals(new Ratio(-0.2, 0), m.ratio(), "一般立功: 20%以下");
    GuidelineResult prior = g("盗窃罪", "被告人曾因盗窃罪被判处有期徒刑六个月。2023年又窃取他人财物价值人民币5000元。");
    GuidelineResult.Adjustment p = adj(prior, "PRIOR_RECORD");
    assertTrue(p.ratio().max() > 0 && p.ratio().max() <= 0.1, "前科: 增加基准刑的10%以下: " + p.ratio());
    GuidelineResult plain = g("盗窃罪", "被告人窃取他人财物价值人民币5000元。");
    assertTrue(merit.recommended().months() < plain.recommended().months());
    assertTrue(prior.recommended().months() >= plain.recommended().months());
  }

  @Test
  void courtAdmissionIsNotCountedBesideSurrenderAndAbandonmentIsOnlyNamed() {
    GuidelineResult r = g("盗窃罪", "被告人窃取他人财物价值人民币5000元，案发后主动投案，如实供述。庭审中当庭自愿认罪。");
    assertTrue(has(r, "SURRENDER"));
    assertFalse(has(r, "COURT_ADMISSION"), "当庭自愿认罪 is not applied beside 自首: " + r.adjustments());
    assertFalse(has(r, "CONFESSION"));
    GuidelineResult alone = g("盗窃罪", "被告人窃取他人财物价值人民币5000元。庭审中当庭自愿认罪。");
    assertTrue(has(alone, "COURT_ADMISSION"), "without 自首/坦白 it is applied: " + alone.adjustments());
    GuidelineResult stop = g("故意伤害罪", "被告人持刀刺伤被害人，致其轻伤二级，随即自动放弃犯罪，将被害人送往医院救治，系犯罪中止。");
    assertFalse(has(stop, "ABANDONMENT"), "中止 has no ratio in the guideline: not computed");
    assertTrue(stop.steps().stream().anyMatch(s -> s.contains("中止") && s.contains("刑法第24条")), String.join("\n", stop.steps()));
  }

  @Test
  void severalChargesAndUncoveredCrimesGetNothingInvented() {
    var refs = RealAdvisor.get().sentencing("被告人窃取他人财物价值5000元，又持刀抢劫他人现金2000元。", List.of("盗窃罪", "抢劫罪"));
    for (var ref : refs) {
      assertFalse(ref.guideline().applies(), ref.charge() + ": several charges are computed per crime before 数罪并罚");
      assertNull(ref.guideline().recommended());
      assertTrue(ref.guideline().reason().contains("数罪"), ref.guideline().reason());
    }
    for (String crime : List.of("故意杀人罪", "贪污罪", "行贿罪")) {
      GuidelineResult r = g(crime, "被告人实施了" + crime.replace("罪", "") + "行为。");
      assertFalse(r.applies(), crime);
      assertNull(r.recommended(), crime);
      assertTrue(r.adjustments() == null || r.adjustments().isEmpty(), crime);
      assertTrue(r.steps().isEmpty(), crime);
    }
  }
}
