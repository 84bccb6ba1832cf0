package org.xiezhi.corpus.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleCitationTest {
  @Test
  void commonForms() {
    assertEquals("刑法:264", ArticleRefParser.parseCitation("刑法第264条").orElseThrow().id());
    assertEquals("刑法:264", ArticleRefParser.parseCitation("第二百六十四条").orElseThrow().id());
    assertEquals("刑法:264-1", ArticleRefParser.parseCitation("264条之一").orElseThrow().id());
    assertEquals("刑法:133-1", ArticleRefParser.parseCitation("《中华人民共和国刑法》第一百三十三条之一").orElseThrow().id());
    assertEquals("刑法:20", ArticleRefParser.parseCitation("第二十条").orElseThrow().id());
    assertEquals("刑事诉讼法:81", ArticleRefParser.parseCitation("刑事诉讼法第81条").orElseThrow().id());
    assertEquals("刑法:264", ArticleRefParser.parseCitation("刑法264").orElseThrow().id());
  }

  @Test
  void notReferences() {
    assertTrue(ArticleRefParser.parseCitation("盗窃").isEmpty());
    assertTrue(ArticleRefParser.parseCitation("264").isEmpty());
    assertTrue(ArticleRefParser.parseCitation("").isEmpty());
    assertTrue(ArticleRefParser.parseCitation("第0条").isEmpty());
  }

  @Test
  void criminalLawNumbersAndLabels() {
    assertEquals(java.util.List.of(264, 133, 234), ArticleRef.criminalLawNumbers(
        java.util.List.of("刑法第264条", "第133条之一", "刑事诉讼法第81条", "abc", "《中华人民共和国刑法》第二百三十四条第一款")));
    assertEquals("刑法第264条", ArticleRef.criminalLaw(264).label());
    assertEquals("刑法:264", ArticleRef.criminalLaw(264).id());
  }
}
