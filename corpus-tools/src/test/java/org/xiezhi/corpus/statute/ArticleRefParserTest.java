package org.xiezhi.corpus.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleRefParserTest {
  private static String label(String s) {
    return ArticleRefParser.require(s).fullLabel();
  }

  @Test
  void parsesTheFormsUsersType() {
    assertEquals("刑法第264条", label("刑法第264条"));
    assertEquals("刑法第264条", label("第二百六十四条"));
    assertEquals("刑法第264条", label("刑法264"));
    assertEquals("刑法第264条", label("264"));
    assertEquals("刑法第264条", label(" 《中华人民共和国刑法》第二百六十四条 "));
    assertEquals("刑法第264条之一", label("264条之一"));
    assertEquals("刑法第133条之一第2款", label("第133条之一第二款"));
    assertEquals("刑法第225条第3项", label("刑法第二百二十五条第（三）项"));
    assertEquals("刑法第67条第3款", label("第六十七条第三款"));
    assertEquals("刑事诉讼法第15条", label("刑事诉讼法第十五条"));
    assertEquals("刑法:133-1", ArticleRefParser.require("第一百三十三条之一").id());
    assertEquals("刑法第133条之一", ArticleRefParser.require("第133条之一第二款").label());
  }

  @Test
  void rejectsWhatIsNotAReference() {
    for (String s : new String[] {"", "  ", "盗窃罪", "第条", "民法典第1条", "第0条", "刑法第264条第零款", "abc"}) {
      assertTrue(ArticleRefParser.parse(s).isEmpty(), s);
    }
    assertTrue(ArticleRefParser.parse(null).isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleRefParser.require("盗窃罪"));
    assertTrue(e.getMessage().contains("盗窃罪"));
  }
}
