package org.xiezhi.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatuteRefTest {
  @Test
  void commonForms() {
    assertEquals("刑法:264", StatuteRef.parse("刑法第264条").orElseThrow().id());
    assertEquals("刑法:264", StatuteRef.parse("第二百六十四条").orElseThrow().id());
    assertEquals("刑法:264-1", StatuteRef.parse("264条之一").orElseThrow().id());
    assertEquals("刑法:133-1", StatuteRef.parse("《中华人民共和国刑法》第一百三十三条之一").orElseThrow().id());
    assertEquals("刑法:20", StatuteRef.parse("第二十条").orElseThrow().id());
    assertEquals("刑事诉讼法:81", StatuteRef.parse("刑事诉讼法第81条").orElseThrow().id());
    assertEquals("刑法:264", StatuteRef.parse("刑法264").orElseThrow().id());
  }

  @Test
  void notReferences() {
    assertTrue(StatuteRef.parse("盗窃").isEmpty());
    assertTrue(StatuteRef.parse("264").isEmpty());
    assertTrue(StatuteRef.parse("").isEmpty());
    assertTrue(StatuteRef.parse("第0条").isEmpty());
  }
}
