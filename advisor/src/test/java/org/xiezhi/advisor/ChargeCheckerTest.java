package org.xiezhi.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.advisor.charge.ChargeCheck;
import org.xiezhi.advisor.charge.ChargeChecker;
import org.xiezhi.advisor.hints.Hint;
import org.xiezhi.advisor.port.ModelEstimate;
import org.xiezhi.advisor.port.SimilarCase;

class ChargeCheckerTest {
  private final ChargeChecker checker = new ChargeChecker(TestStatutes.book());
  private static final String FACT = "2019年6月1日，被告人王某某在某小区窃取电动车一辆，价值人民币3200元。";
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static List<SimilarCase> theftCases(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> new SimilarCase("c" + i, "某某盗窃案", 1.0 - i / 100.0, List.of("盗窃罪"), List.of("刑法第264条"), List.of()))
        .toList();
  }

  private static List<String> codes(ChargeCheck c) {
    return c.hints().stream().map(Hint::code).toList();
  }

  @Test
  void wrongChargeIsUnlikelyAndTheRightOneMissing() {
    ModelEstimate est = new ModelEstimate(Map.of("盗窃", 0.93, "故意伤害", 0.02), Map.of(), 8, false, false, "charges@1");
    ChargeCheck c = checker.check(FACT, List.of("故意伤害罪"), List.of(), est, theftCases(10), TODAY);
    assertEquals(List.of("CHARGE_UNLIKELY", "CHARGE_MISSING"), codes(c).stream().sorted((a, b) -> a.equals("CHARGE_UNLIKELY") ? -1 : 1).toList());
    assertEquals("盗窃罪", c.likely().get(0).charge());
    assertEquals(1.0, c.likely().get(0).similarShare());
    assertEquals("charges@1", c.model());
    Hint missing = c.hints().stream().filter(h -> h.code().equals("CHARGE_MISSING")).findFirst().orElseThrow();
    assertTrue(missing.evidence().stream().anyMatch(e -> e.kind().equals("case")));
    assertTrue(missing.evidence().stream().anyMatch(e -> e.ref().equals("刑法第264条")));
  }

  @Test
  void rightChargeGivesNoChargeHint() {
    ModelEstimate est = new ModelEstimate(Map.of("盗窃", 0.93), Map.of(), 8, false, false, "charges@1");
    ChargeCheck c = checker.check(FACT, List.of("盗窃罪"), List.of("刑法第264条", "刑法第67条第3款"), est, theftCases(10), TODAY);
    assertEquals(List.of(), codes(c).stream().filter(x -> x.startsWith("CHARGE") || x.startsWith("ARTICLE_NOT")).toList());
  }

  @Test
  void articleOfAnotherChargeAndAmendment() {
    ChargeCheck c = checker.check(FACT, List.of("盗窃罪"), List.of("刑法第234条"), null, List.of(), TODAY);
    assertEquals(List.of("ARTICLE_NOT_FOR_CHARGE"), codes(c));
    ChargeCheck old = checker.check("2010年3月1日，被告人窃取财物价值5000元。", List.of("盗窃罪"), List.of(), null, List.of(), TODAY);
    assertEquals(List.of("ARTICLE_AMENDED"), codes(old));
    assertTrue(old.hints().get(0).message().contains("从旧兼从轻"));
  }
}
