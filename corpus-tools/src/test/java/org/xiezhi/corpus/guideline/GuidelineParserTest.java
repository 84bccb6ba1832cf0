package org.xiezhi.corpus.guideline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.source.SharedData;

class GuidelineParserTest {
  private static List<Guideline> both() throws IOException {
    return GuidelineParser.readFolder(SharedData.require("laws").resolve("量刑指导意见"));
  }

  private static final List<String> CRIMES_2021 = List.of("交通肇事罪", "危险驾驶罪", "非法吸收公众存款罪", "集资诈骗罪",
      "信用卡诈骗罪", "合同诈骗罪", "故意伤害罪", "强奸罪", "非法拘禁罪", "抢劫罪", "盗窃罪", "诈骗罪", "抢夺罪", "职务侵占罪",
      "敲诈勒索罪", "妨害公务罪", "聚众斗殴罪", "寻衅滋事罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪", "走私、贩卖、运输、制造毒品罪",
      "非法持有毒品罪", "容留他人吸毒罪", "引诱、容留、介绍卖淫罪");
  private static final List<String> CRIMES_2024 = List.of("非法经营罪", "猥亵儿童罪", "侵犯公民个人信息罪",
      "帮助信息网络犯罪活动罪", "开设赌场罪", "拒不执行判决、裁定罪", "组织卖淫罪");

  @Test
  void readsAllThirtyCrimesWithTheirTiersInOrder() throws IOException {
    List<Guideline> g = both();
    assertEquals(2, g.size());
    assertEquals("法发〔2021〕21号", g.get(0).number());
    assertEquals("2021-07-01", g.get(0).inForce());
    assertEquals("2024-07-01", g.get(1).inForce());
    assertEquals(CRIMES_2021, g.get(0).crimes().stream().map(CrimeRule::crime).toList());
    assertEquals(CRIMES_2024, g.get(1).crimes().stream().map(CrimeRule::crime).toList());
    for (Guideline x : g) {
      for (CrimeRule c : x.crimes()) {
        assertFalse(c.tiers().isEmpty(), c.crime());
        assertNotNull(c.probation(), c.crime() + " probation");
        for (StartingTier t : c.tiers()) {
          assertTrue(t.minMonths() >= 1 && t.minMonths() <= t.maxMonths(), c.crime() + " " + t);
          assertTrue(t.source().text().contains(t.condition()), c.crime() + " condition from its paragraph");
        }
        if (!c.crime().equals("危险驾驶罪")) {
          assertNotNull(c.increment(), c.crime() + " baseline paragraph");
          assertFalse(c.incrementFactors().isEmpty(), c.crime() + " increment factors");
        }
      }
    }
  }

  private static int[] months(StartingTier t) {
    return new int[] {t.minMonths(), t.maxMonths()};
  }

  @Test
  void readsTheTermsOfTheTiers() throws IOException {
    Guideline g = both().get(0);
    CrimeRule theft = g.crime("盗窃罪").orElseThrow();
    assertEquals("四（十一）", theft.paragraph());
    assertEquals(3, theft.tiers().size());
    assertArrayEquals(new int[] {1, 12}, months(theft.tiers().get(0)));
    assertEquals(List.of("有期徒刑", "拘役"), theft.tiers().get(0).types());
    assertArrayEquals(new int[] {36, 48}, months(theft.tiers().get(1)));
    assertArrayEquals(new int[] {120, 144}, months(theft.tiers().get(2)));
    assertEquals("四（十一）1（2）", theft.tiers().get(1).source().paragraph());
    assertEquals(List.of("盗窃数额", "次数", "手段"), theft.incrementFactors());
    assertTrue(theft.increment().text().contains("超过三次的次数作为增加刑罚量的事实"));
    assertTrue(theft.fine().text().contains("一千元以上盗窃数额二倍以下"));
    StartingTier dui = g.crime("危险驾驶罪").orElseThrow().tiers().get(0);
    assertTrue(dui.declared());
    assertArrayEquals(new int[] {1, 6}, months(dui));
    assertEquals(List.of("拘役"), dui.types());
    CrimeRule drugs = g.crime("走私、贩卖、运输、制造毒品罪").orElseThrow();
    assertArrayEquals(new int[] {180, 180}, months(drugs.tiers().get(0)));
    assertArrayEquals(new int[] {36, 48}, months(drugs.tiers().get(3)));
    assertEquals("情节严重", drugs.tiers().get(3).condition());
    assertEquals(6, drugs.adjustments().size());
    assertEquals(new Ratio(0.1, 0.3), drugs.adjustments().get(2).ratio());
    assertEquals("毒品再犯", drugs.adjustments().get(2).condition());
    assertEquals(new Ratio(-0.3, 0), drugs.adjustments().get(3).ratio());
    CrimeRule rape = g.crime("强奸罪").orElseThrow();
    assertEquals("奸淫幼女一人", rape.tiers().get(2).condition());
    assertArrayEquals(new int[] {48, 84}, months(rape.tiers().get(2)));
    CrimeRule injury = g.crime("故意伤害罪").orElseThrow();
    assertEquals(List.of("伤害后果", "伤残等级", "手段残忍程度"), injury.incrementFactors());
    CrimeRule child = both().get(1).crime("猥亵儿童罪").orElseThrow();
    assertArrayEquals(new int[] {12, 36}, months(child.tiers().get(0)));
    assertEquals(List.of("有期徒刑"), child.tiers().get(0).types());
    assertEquals(new Ratio(0.1, 0.3), both().get(1).crime("侵犯公民个人信息罪").orElseThrow().adjustments().get(0).ratio());
  }

  @Test
  void readsTheEighteenCircumstancesWithRatiosAndOrder() throws IOException {
    Guideline g = both().get(0);
    assertEquals(List.of("MINOR", "ELDERLY", "DEAF_BLIND", "ATTEMPT", "ACCESSORY", "SURRENDER", "CONFESSION",
        "COURT_ADMISSION", "MERITORIOUS", "RESTITUTION", "COMPENSATION", "RECONCILIATION", "CUSTODY_CONDUCT", "PLEA",
        "RECIDIVIST", "PRIOR_RECORD", "VULNERABLE_VICTIM", "DISASTER_PERIOD"),
        g.circumstances().stream().map(CircumstanceRule::code).toList());
    assertTrue(both().get(1).circumstances().isEmpty());
    assertEquals(List.of("MINOR", "ELDERLY", "DEAF_BLIND", "ATTEMPT", "ACCESSORY"),
        g.circumstances().stream().filter(CircumstanceRule::multiplyFirst).map(CircumstanceRule::code).toList());
    CircumstanceRule minor = g.circumstance("MINOR").orElseThrow();
    assertEquals(new Ratio(-0.6, -0.3), minor.variants().get(0).ratio());
    assertEquals(new Ratio(-0.5, -0.1), minor.variants().get(1).ratio());
    assertTrue(minor.mayGoBelowMinimum());
    CircumstanceRule elderly = g.circumstance("ELDERLY").orElseThrow();
    assertEquals(new Ratio(-0.5, -0.2), elderly.variants().get(1).ratio(), "20％-50% with a full-width percent sign");
    CircumstanceRule surrender = g.circumstance("SURRENDER").orElseThrow();
    assertEquals(new Ratio(-0.4, 0), surrender.general().ratio());
    assertTrue(surrender.variants().get(1).exemption());
    assertEquals("刑法第67条第1款", surrender.legalBasis());
    assertEquals("三（六）", surrender.source().paragraph());
    CircumstanceRule confession = g.circumstance("CONFESSION").orElseThrow();
    assertEquals(3, confession.variants().size());
    assertFalse(confession.mayGoBelowMinimum());
    CircumstanceRule recidivist = g.circumstance("RECIDIVIST").orElseThrow();
    assertEquals(new Ratio(0.1, 0.4), recidivist.general().ratio());
    assertEquals(3, recidivist.minimumMonths());
    CircumstanceRule compensation = g.circumstance("COMPENSATION").orElseThrow();
    assertEquals(List.of(new Ratio(-0.4, 0), new Ratio(-0.3, 0), new Ratio(-0.2, 0)),
        compensation.variants().stream().map(CircumstanceRule.Variant::ratio).toList());
    CircumstanceRule plea = g.circumstance("PLEA").orElseThrow();
    assertEquals(new Ratio(-0.3, 0), plea.general().ratio());
    assertEquals(new Ratio(-0.6, 0), plea.variants().get(1).ratio());
    assertEquals(new Ratio(0, 0.1), g.circumstance("PRIOR_RECORD").orElseThrow().general().ratio());
  }

  @Test
  void readsTheCombinationRules() throws IOException {
    Guideline g = both().get(0);
    CombinationRule first = rule(g, "MULTIPLY_FIRST");
    assertEquals(List.of("未成年人犯罪", "老年人犯罪", "限制行为能力的精神病人犯罪", "又聋又哑的人或者盲人犯罪", "防卫过当", "避险过当",
        "犯罪预备", "犯罪未遂", "犯罪中止", "从犯", "胁从犯", "教唆犯"), first.involved());
    assertEquals("二（二）2", first.source().paragraph());
    assertEquals("二（二）2", rule(g, "ADD_SUBTRACT").source().paragraph());
    CombinationRule noDouble = rule(g, "NO_DOUBLE_COUNT");
    assertEquals("PLEA", noDouble.primary());
    assertEquals(List.of("自首", "坦白", "当庭自愿认罪", "退赃退赔", "赔偿谅解", "刑事和解", "羁押期间表现好"), noDouble.involved());
    CombinationRule excludes = rule(g, "EXCLUDES");
    assertEquals("COURT_ADMISSION", excludes.primary());
    assertEquals(List.of("自首", "坦白"), excludes.involved());
    assertEquals("二（三）4", rule(g, "ADJUST_20").source().paragraph());
    assertEquals("二（三）2", rule(g, "BELOW_MINIMUM").source().paragraph());
    assertEquals(List.of("立功", "累犯"), rule(g, "PER_CRIME_FIRST").involved());
  }

  private static CombinationRule rule(Guideline g, String kind) {
    List<CombinationRule> rs = g.combination().stream().filter(r -> r.kind().equals(kind)).toList();
    assertEquals(1, rs.size(), kind);
    return rs.get(0);
  }
}
