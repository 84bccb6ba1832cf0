package org.xiezhi.corpus.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.Citation;

class CitationParserTest {
  private static List<String> labels(String text) {
    return CitationParser.parse(text).stream().map(Citation::label).toList();
  }

  @Test
  void normalisesCriminalLawArticleWithParagraph() {
    List<Citation> c = CitationParser.parse("依照《中华人民共和国刑法》第二百六十四条第一款之规定");
    assertEquals(1, c.size());
    assertEquals(new Citation("刑法", 264, 0, 1, null, "刑法第264条第1款"), c.get(0));
  }

  @Test
  void listsInheritTheLawOfThePrecedingTitle() {
    assertEquals(
        List.of("刑法第25条", "刑法第26条", "刑法第67条第3款"),
        labels("依照《中华人民共和国刑法》第二十五条、第二十六条、第六十七条第三款的规定，判决如下"));
  }

  @Test
  void suffixArticlesParagraphListsItemsAndBareParagraphs() {
    assertEquals(
        List.of("刑法第133条之一第1款第2项", "刑法第26条第1款", "刑法第26条第4款", "刑法第73条第2款", "刑法第73条第3款"),
        labels("《中华人民共和国刑法》第一百三十三条之一第一款第（二）项、第二十六条第一、四款、第七十三条第二款、第三款"));
    assertEquals(List.of("刑法第133条之一"), CitationParser.criminalLawArticles(
        CitationParser.parse("依照《中华人民共和国刑法》第一百三十三条之一第一款第（二）项")));
  }

  @Test
  void otherLawsAndInterpretationsKeepTheirTitles() {
    List<Citation> c = CitationParser.parse(
        "依照《中华人民共和国刑法》第二百六十四条、最高人民法院、最高人民检察院《关于办理盗窃刑事案件适用法律若干问题的解释》第四条、"
            + "《中华人民共和国刑事诉讼法》第二百零一条及《最高人民法院关于适用财产刑若干问题的规定》之规定");
    assertEquals("刑法第264条", c.get(0).label());
    assertEquals("关于办理盗窃刑事案件适用法律若干问题的解释", c.get(1).law());
    assertEquals(4, c.get(1).article());
    assertEquals("刑事诉讼法第201条", c.get(2).label());
    assertEquals("最高人民法院关于适用财产刑若干问题的规定", c.get(3).law());
    assertEquals(null, c.get(3).article());
    assertEquals(List.of("刑法第264条"), CitationParser.criminalLawArticles(c));
  }

  @Test
  void the1979LawIsKeptApartAndSlipsAreRead() {
    List<Citation> c = CitationParser.parse(
        "依照《中华人民共和国刑法》第十二条第一款和1979年《中华人民共和国刑法》第一百三十四条第二款，第六十七第三款");
    assertEquals("刑法第12条第1款", c.get(0).label());
    assertEquals("1979年刑法", c.get(1).law());
    assertEquals("1979年刑法第134条第2款", c.get(1).label());
    assertEquals("1979年刑法第67条第3款", c.get(2).label());
    assertEquals(List.of("刑法第12条"), CitationParser.criminalLawArticles(c));
  }

  @Test
  void bareLawNamesWithoutBrackets() {
    assertEquals(List.of("刑法第264条", "刑法第52条"), labels("依照刑法第二百六十四条、第五十二条之规定"));
  }

  @Test
  void emptyAndTextWithoutCitations() {
    assertTrue(CitationParser.parse("").isEmpty());
    assertTrue(CitationParser.parse(null).isEmpty());
    assertTrue(CitationParser.parse("本院认为，被告人的行为已构成盗窃罪。").isEmpty());
  }

  @Test
  void realReasoningOfLecardJudgments() {
    // 41591 cites 第六十七第三款 (条 left out) in the middle of its list.
    List<String> a = CitationParser.criminalLawArticles(
        CitationParser.parse(LecardTestDocs.get("41591").reasoning()));
    assertEquals(List.of("刑法第303条", "刑法第26条", "刑法第27条", "刑法第68条", "刑法第67条", "刑法第52条",
        "刑法第53条", "刑法第64条"), a);
    // 40200: 危险驾驶, 第一百三十三条之一.
    assertEquals("刑法第133条之一", CitationParser.criminalLawArticles(
        CitationParser.parse(LecardTestDocs.get("40200").reasoning())).get(0));
    // 10860 cites the Criminal Procedure Law first, with two items of one paragraph.
    List<String> l = CitationParser.parse(LecardTestDocs.get("10860").reasoning()).stream()
        .map(Citation::label).toList();
    assertEquals(List.of("刑事诉讼法第225条第1款第1项", "刑事诉讼法第225条第1款第2项", "刑法第303条第2款"), l.subList(0, 3));
  }
}
