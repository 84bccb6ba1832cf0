package org.xiezhi.corpus.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatuteIndexTest {
  @Test
  void findsRealArticlesByWhatUsersType() {
    StatuteIndex index = new StatuteIndex(RealLaws.result().articles());
    assertEquals(RealLaws.result().articles().size(), index.size());
    StatuteIndex.Hit hit = index.find("第133条之一第二款").orElseThrow();
    assertEquals("刑法第133条之一", hit.article().label());
    assertEquals(2, hit.clause().orElseThrow().paragraph());
    assertEquals("刑法:264", index.find("刑法264").orElseThrow().article().id());
    assertEquals("刑法:264", index.find("第二百六十四条").orElseThrow().article().id());
    assertEquals("刑事诉讼法:15", index.find("刑事诉讼法第十五条").orElseThrow().article().id());
    assertTrue(index.find("刑法第999条").isEmpty());
    assertTrue(index.find("第264条第九款").orElseThrow().clause().isEmpty());
    assertTrue(index.find("盗窃罪").isEmpty());
  }
}
