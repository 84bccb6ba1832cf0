package org.xiezhi.corpus.charge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.corpus.statute.LawsSource;
import org.xiezhi.corpus.statute.StatuteIndex;

class ChargePenaltiesTest {
  @Test
  void chargesGetTheTiersOfTheirProvisionsFollowingReferrals() throws IOException {
    StatuteIndex statutes = new StatuteIndex(LawsSource.read(SharedData.require("laws")).articles());
    ChargeEntry theft = new ChargeEntry("盗窃罪", List.of("刑法第264条"), List.of("刑法第264条"),
        List.of(), null, null, null);
    List<ChargePenalties.ProvisionTiers> t = ChargePenalties.of(theft, statutes);
    assertEquals(1, t.size());
    assertEquals(3, t.get(0).tiers().size());
    assertNull(t.get(0).via());
    // 非法出租、出借枪支罪: 第128条第2款 says 依照前款的规定处罚.
    ChargeEntry lending = new ChargeEntry("非法出租、出借枪支罪", List.of("刑法第128条"),
        List.of("刑法第128条第2款", "刑法第128条第3款"), List.of(), null, null, null);
    t = ChargePenalties.of(lending, statutes);
    assertEquals("刑法第128条第1款", t.get(0).via());
    assertEquals("刑法第128条第1款", t.get(1).via()); // 依照第一款的规定处罚
    assertEquals(2, t.get(1).tiers().size());
    assertEquals(36, t.get(1).tiers().get(0).maxMonths());
    // 受贿罪: 第385条 defines, 第386条 refers to 第383条.
    ChargeEntry bribe = new ChargeEntry("受贿罪", List.of("刑法第385条"), List.of("刑法第385条"),
        List.of(), null, null, null);
    t = ChargePenalties.of(bribe, statutes);
    assertEquals("刑法第383条", t.get(0).via());
    assertEquals(4, t.get(0).tiers().size());
    ChargeEntry giving = new ChargeEntry("行贿罪", List.of("刑法第389条"), List.of("刑法第389条"),
        List.of(), null, null, null);
    assertEquals("刑法第390条", ChargePenalties.of(giving, statutes).get(0).via());
    // 醉驾: one 款 with its own tier.
    ChargeEntry drunk = new ChargeEntry("危险驾驶罪", List.of("刑法第133条之一"),
        List.of("刑法第133条之一"), List.of(), null, null, null);
    assertEquals(6, ChargePenalties.of(drunk, statutes).get(0).tiers().get(0).maxMonths());
  }

  @Test
  void everyCurrentChargeButOneGetsStatutoryTiers() throws IOException {
    StatuteIndex statutes = new StatuteIndex(LawsSource.read(SharedData.require("laws")).articles());
    ChargeCatalogue catalogue = ChargeCatalogue.build(SharedData.require("laws"), null, null);
    List<String> without = new java.util.ArrayList<>();
    int current = 0;
    for (ChargeEntry e : catalogue.entries()) {
      if (e.source().startsWith("取消") || e.source().startsWith("group")) {
        continue;
      }
      current++;
      if (ChargePenalties.of(e, statutes).stream().allMatch(t -> t.tiers().isEmpty())) {
        without.add(e.name());
      }
    }
    System.out.printf("charges with statutory tiers: %d/%d; without: %s%n",
        current - without.size(), current, without);
    // 骗购外汇罪 is defined by the 1998 NPCSC decision, not by a Criminal Law article.
    assertEquals(List.of("骗购外汇罪"), without);
  }
}
