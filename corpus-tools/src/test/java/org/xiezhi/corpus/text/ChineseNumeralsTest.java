package org.xiezhi.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
  @Test
  void parsesStatuteAndJudgmentNumerals() {
    assertEquals(264, ChineseNumerals.parse("二百六十四"));
    assertEquals(1005, ChineseNumerals.parse("一千零五"));
    assertEquals(12, ChineseNumerals.parse("十二"));
    assertEquals(20, ChineseNumerals.parse("二十"));
    assertEquals(2, ChineseNumerals.parse("两"));
    assertEquals(101, ChineseNumerals.parse("一百零一"));
    assertEquals(133, ChineseNumerals.parse("一百三十三"));
    assertEquals(50_000, ChineseNumerals.parse("5万"));
    assertEquals(35_000, ChineseNumerals.parse("三万五千"));
    assertEquals(123, ChineseNumerals.parse("1２3"));
    assertEquals(0, ChineseNumerals.parse("〇"));
    assertEquals(120_000_000, ChineseNumerals.parse("一亿二千万"));
  }

  @Test
  void rejectsEmptyAndForeign() {
    assertEquals(-1, ChineseNumerals.parse(""));
    assertEquals(-1, ChineseNumerals.parse(null));
    assertEquals(-1, ChineseNumerals.parse("第三"));
    assertEquals(-1, ChineseNumerals.parse("年"));
  }
}
