package org.xiezhi.corpus.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
  private static Quantity q(String text, String kind) {
    return QuantityExtractor.of(QuantityExtractor.extract(text), kind);
  }

  @Test
  void readsEachQuantityWithItsEvidence() {
    String f = "被告人先后5次在小区内盗窃电动车，经鉴定，被害人刘某的损伤程度为轻伤二级。";
    Quantity count = q(f, Quantity.COUNT);
    assertEquals(5, count.value());
    assertEquals("先后5次", f.substring(count.start(), count.end()));
    Quantity injury = q(f, Quantity.INJURY);
    assertEquals(2, injury.value());
    assertEquals("轻伤二级", injury.label());
    assertTrue(injury.evidence().contains("轻伤二级"));
    assertEquals(5, q("致被害人重伤一级。", Quantity.INJURY).value());
    assertEquals(1, q("致被害人轻微伤。", Quantity.INJURY).value());
    assertEquals(6, q("被害人经抢救无效死亡。", Quantity.INJURY).value());
    assertEquals(2, q("致二人轻伤。", Quantity.VICTIMS).value());
    assertNull(q("被害人的伤情未达轻伤。", Quantity.INJURY), "a negated grade is not one");
  }

  @Test
  void drugWeightAndBloodAlcohol() {
    assertEquals(13.5, q("查获甲基苯丙胺12.3克，另贩卖海洛因1.2克。", Quantity.DRUG_GRAMS).value(), 1e-9);
    assertEquals(2000, q("运输冰毒2千克。", Quantity.DRUG_GRAMS).value(), 1e-9);
    Quantity bac = q("经鉴定，其血液中乙醇含量为186.5mg/100ml。", Quantity.BAC);
    assertEquals(186.5, bac.value(), 1e-9);
    assertEquals(203, q("血液酒精含量为203毫克/100毫升", Quantity.BAC).value(), 1e-9);
    assertTrue(QuantityExtractor.extract("").isEmpty());
    assertTrue(QuantityExtractor.extract(null).isEmpty());
  }

  @Test
  void circumstancesOfTheGuidelineWithSpans() {
    CircumstanceDetector d = new CircumstanceDetector();
    String f = "被告人当庭自愿认罪，积极赔偿被害人经济损失，但未取得谅解。被告人系犯罪中止。";
    List<String> codes = d.detect(f).stream().map(Circumstance::code).toList();
    assertTrue(codes.contains("COURT_ADMISSION"), codes.toString());
    assertTrue(codes.contains("COMPENSATION"), codes.toString());
    assertTrue(codes.contains("ABANDONMENT"), codes.toString());
    assertTrue(!codes.contains("FORGIVENESS"), "未取得谅解 is no forgiveness: " + codes);
    for (Circumstance c : d.detect(f)) {
      assertTrue(c.evidence().contains(f.substring(c.start(), c.end())));
    }
    assertEquals(List.of("RESTITUTION"), d.detect("案发后退缴全部赃款。").stream().map(Circumstance::code).toList());
  }
}
