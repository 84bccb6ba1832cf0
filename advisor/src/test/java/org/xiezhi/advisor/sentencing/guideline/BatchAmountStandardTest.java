package org.xiezhi.advisor.sentencing.guideline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.advisor.Advice;
import org.xiezhi.advisor.BatchAdvice;

/**
 * The amount standard in the batch input of {@code advise}: a line's {@code amountStandard} picks the
 * end of the provincial range, the run's default applies to lines without one, and a bad value is an
 * error record naming the field.
 */
class BatchAmountStandardTest {
  private static final String THEFT = "被告人窃取被害人现金人民币2000元，到案后如实供述。";

  private static String line(String extra) {
    return "{\"id\":\"t1\",\"fact\":\"" + THEFT + "\",\"charges\":[\"盗窃罪\"]" + extra + "}";
  }

  private static GuidelineResult guideline(Object o) {
    assertTrue(o instanceof Advice, String.valueOf(o));
    return ((Advice) o).sentencing().get(0).guideline();
  }

  @Test
  void aLinesStandardPicksTheEndOfTheProvincialRange() {
    BatchAdvice low = new BatchAdvice(RealAdvisor.get());
    GuidelineResult byDefault = guideline(low.adviseLine(line(""), 1));
    assertTrue(byDefault.applies(), "2,000 yuan reaches the low standard of 1,000");
    assertTrue(byDefault.tier().reason().contains("下限"), byDefault.tier().reason());
    GuidelineResult high = guideline(low.adviseLine(line(",\"amountStandard\":\"high\""), 2));
    assertFalse(high.applies(), "2,000 yuan is below the high standard of 3,000");
    assertTrue(high.reason().contains("3,000") && high.reason().contains("上限"), high.reason());
    assertTrue(guideline(low.adviseLine(line(",\"amountStandard\":\"LOW\""), 3)).applies(), "any case");
  }

  @Test
  void theRunsDefaultAppliesToLinesWithoutOne() {
    BatchAdvice high = new BatchAdvice(RealAdvisor.get(), AmountStandards.Standard.HIGH);
    assertFalse(guideline(high.adviseLine(line(""), 1)).applies());
    assertTrue(guideline(high.adviseLine(line(",\"amountStandard\":\"low\""), 2)).applies(), "the line's own value wins");
  }

  @Test
  void aBadValueIsAnErrorRecordNamingTheField() {
    BatchAdvice b = new BatchAdvice(RealAdvisor.get());
    for (String bad : new String[] {",\"amountStandard\":\"medium\"", ",\"amountStandard\":\"\"", ",\"amountStandard\":3"}) {
      Object o = b.adviseLine(line(bad), 7);
      assertTrue(o instanceof Map, bad + ": " + o);
      Map<?, ?> err = (Map<?, ?>) ((Map<?, ?>) o).get("error");
      assertEquals("amountStandard", err.get("field"), bad + ": " + o);
      assertTrue(String.valueOf(err.get("reason")).contains("low or high") || String.valueOf(err.get("reason")).contains("string"),
          bad + ": " + o);
      assertEquals(7, ((Map<?, ?>) o).get("line"));
    }
    assertThrows(IllegalArgumentException.class, () -> AmountStandards.Standard.parse("mid"));
  }
}
