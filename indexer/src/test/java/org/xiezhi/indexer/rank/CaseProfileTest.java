package org.xiezhi.indexer.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;

class CaseProfileTest {
  private static final String THEFT = "2016年3月5日，被告人张某在某商场内窃取被害人李某的手机一部，经鉴定价值人民币3,200元。"
      + "案发后，被告人张某主动投案，如实供述了自己的罪行，并退赔了被害人的损失。";

  @Test
  void readsAmountCircumstancesAndSentenceOfARecord() {
    CaseRecord r = new CaseRecord("c1", "test", null, null, null, null, null, null, null, null, THEFT, null, null, null,
        List.of("盗窃罪"), null, null,
        List.of(new Defendant("张某", List.of("盗窃罪"), null, new Sentence(Sentence.IMPRISONMENT, 8, null, 2000L, null))),
        null);
    CaseProfile p = CaseProfiles.of(r);
    assertEquals(3200, p.amountYuan());
    assertEquals(0, p.injury());
    assertEquals(-1, p.drugGrams());
    assertTrue(p.circumstances().containsAll(Set.of("SURRENDER", "CONFESSION", "RESTITUTION")), p.circumstances().toString());
    assertEquals(1, p.defendants());
    assertEquals(8, p.penaltyMonths());
    assertEquals("有期徒刑8个月，罚金2000元", p.penalty());
    assertEquals(p, CaseProfile.decode(p.encode()));
  }

  @Test
  void readsInjuryAndDrugWeightOfFacts() {
    assertEquals(2, CaseProfiles.ofFacts("被告人持木棍殴打被害人，致被害人左臂骨折，经鉴定为轻伤二级。").injury());
    assertEquals(4, CaseProfiles.ofFacts("被告人持刀捅刺被害人胸部，被害人经抢救无效死亡。").injury());
    CaseProfile drugs = CaseProfiles.ofFacts("民警从被告人处查获甲基苯丙胺两包，分别净重5.2克、12.6克。");
    assertEquals(12.6, drugs.drugGrams(), 1e-9);
    assertEquals(-1, CaseProfiles.ofFacts("被告人窃取黄金首饰重20克。").drugGrams());
    assertEquals(-1, drugs.penaltyMonths());
  }

  @Test
  void anotherVersionOrDamagedLineIsNotAProfile() {
    assertNull(CaseProfile.decode("p0|1|0|0||1|8||10"));
    assertNull(CaseProfile.decode("p1|x|0|0||1|8||10"));
    assertNull(CaseProfile.decode(null));
  }
}
