package org.xiezhi.advisor.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xiezhi.advisor.sentencing.guideline.AmountStandards;

/**
 * The statutory tier's money thresholds are the guideline's: for each crime in the guideline's
 * amount table, a fictional amount just below and at each threshold, under either standard, gives
 * the level those thresholds say, and the reason names the provision behind them.
 */
class TierSelectorThresholdsTest {
  private static final List<String> CRIMES = List.of("盗窃罪", "诈骗罪", "抢夺罪", "敲诈勒索罪", "职务侵占罪", "合同诈骗罪", "信用卡诈骗罪");

  private static String facts(long yuan) {
    return String.format(Locale.ROOT, "被告人非法占有他人财物，共计价值人民币%d元。", yuan);
  }

  @Test
  void eachGuidelineCrimeUsesTheGuidelinesThresholdsAndCitesTheirProvision() {
    for (AmountStandards.Standard std : AmountStandards.Standard.values()) {
      for (String crime : CRIMES) {
        AmountStandards.Thresholds th = AmountStandards.of(crime);
        long[] t = th.pick(std);
        for (int level = 0; level < 3; level++) {
          if (level > 0 && t[level] == t[level - 1]) {
            continue;
          }
          TierSelector.Choice at = TierSelector.choose(crime, facts(t[level]), std);
          int expect = level == 2 ? 2 : t[level + 1] == t[level] ? 2 : level;
          assertEquals(expect, at.level(), crime + " " + std + " at " + t[level] + ": " + at.reason());
          assertTrue(at.reason().contains(th.provision()), at.reason());
          if (level > 0) {
            TierSelector.Choice below = TierSelector.choose(crime, facts(t[level] - 1), std);
            assertEquals(level - 1, below.level(), crime + " " + std + " at " + (t[level] - 1) + ": " + below.reason());
          }
        }
      }
    }
  }

  @Test
  void theCallersStandardMovesTheTheftThresholds() {
    assertEquals(1, TierSelector.choose("盗窃罪", facts(50_000)).level(), "50,000 reaches 数额巨大 at the low end (30,000)");
    assertEquals(0, TierSelector.choose("盗窃罪", facts(50_000), AmountStandards.Standard.HIGH).level(), "not at the high end (100,000)");
    assertEquals(0, TierSelector.choose("职务侵占罪", facts(40_000)).level(), "the guideline's 30,000 for 职务侵占, not 60,000");
    assertTrue(TierSelector.choose("职务侵占罪", facts(40_000)).reason().contains("较大30,000元"));
  }

  @Test
  void crimesOutsideTheGuidelinesTableKeepTheirOwnThresholds() {
    assertEquals(1, TierSelector.choose("受贿罪", facts(250_000)).level());
    assertEquals(-1, TierSelector.choose("盗窃罪", "被告人盗窃他人财物。").level(), "no amount, no level");
  }
}
