package org.xiezhi.corpus.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Sentence;

class JudgmentParserTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = JudgmentParserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void plainTextFirstInstanceJudgment() throws IOException {
    CaseRecord r = JudgmentParser.parseText("a-theft", resource("/ingest/text/a-theft.txt"));
    assertEquals("text-a-theft", r.id());
    assertEquals("text", r.source());
    assertEquals("浙江省青岚市明湖区人民法院", r.court());
    assertEquals("浙江省", r.region());
    assertEquals("（2021）浙0999刑初123号", r.caseNumber());
    assertEquals("刑事判决书", r.documentType());
    assertEquals("一审", r.procedure());
    assertEquals("2021-06-18", r.date());
    assertEquals(2021, r.year());
    assertTrue(r.facts().startsWith("经审理查明，2021年2月14日"));
    assertTrue(r.reasoning().startsWith("本院认为") && r.reasoning().endsWith("判决如下："));
    assertTrue(r.result().startsWith("一、被告人甲某某犯盗窃罪"));
    assertEquals(List.of("盗窃罪"), r.charges());
    // The appendix after the signatures cites 第三百八十三条: it is not a citation of the judgment.
    assertEquals(List.of("刑法第264条", "刑法第25条", "刑法第26条", "刑法第27条", "刑法第67条", "刑法第72条",
        "刑法第52条", "刑法第53条"), r.articles());
    assertEquals(2, r.defendants().size());
    assertEquals(new Sentence("imprisonment", 12, null, 5000L, List.of()), r.defendants().get(0).sentence());
    assertEquals(new Sentence("detention", 5, 6, 2000L, List.of()), r.defendants().get(1).sentence());
    assertEquals(List.of(), r.missing());
  }

  @Test
  void plainTextSecondInstanceWithCombinedSentence() throws IOException {
    CaseRecord r = JudgmentParser.parseText("b-appeal", resource("/ingest/text/b-appeal.txt"));
    assertEquals("二审", r.procedure());
    assertEquals("（2022）云梦刑终字第45号", r.caseNumber());
    assertEquals("2022-05-20", r.date());
    assertEquals(List.of("故意伤害罪", "寻衅滋事罪"), r.charges());
    assertEquals(new Sentence("imprisonment", 20, null, null, List.of()), r.defendants().get(0).sentence());
    assertEquals(List.of("刑法第234条", "刑法第293条", "刑法第69条"), r.articles());
    assertEquals("刑事诉讼法第236条第1款第2项", r.citations().get(0).label());
    // 江南省 is no province: the region is reported missing, never guessed.
    assertEquals(List.of("region"), r.missing());
  }

  @Test
  void textWithoutJudgmentPartsNamesWhatIsMissing() {
    CaseRecord r = JudgmentParser.parseText("x", "这不是一份判决书。");
    assertTrue(r.missing().containsAll(List.of("court", "caseNumber", "date", "result", "defendants", "charges")));
    CaseRecord empty = JudgmentParser.parseText("y", "");
    assertTrue(empty.missing().contains("court"));
  }

  @Test
  void realLecardJudgments() {
    CaseRecord r = JudgmentParser.parseLecard(LecardTestDocs.get("42312"));
    assertEquals("42312", r.id());
    assertEquals("lecard", r.source());
    assertEquals("（2015）沈高开刑初字第48号之一", r.caseNumber());
    assertEquals("辽宁省", r.region()); // from the court's city: the name has no province
    assertEquals("2016-02-18", r.date());
    CaseRecord appeal = JudgmentParser.parseLecard(LecardTestDocs.get("10860"));
    assertEquals("二审", appeal.procedure());
    assertEquals(3, appeal.defendants().size());
    CaseRecord ip = JudgmentParser.parseLecard(LecardTestDocs.get("30788"));
    assertEquals("（2013）杨刑（知）初字第120号", ip.caseNumber());
    CaseRecord many = JudgmentParser.parseLecard(LecardTestDocs.get("18642"));
    assertEquals(7, many.defendants().size());
    assertEquals(List.of("盗窃罪", "掩饰、隐瞒犯罪所得罪"), many.charges());
    assertNotNull(many.facts());
    CaseRecord acquittal = JudgmentParser.parseLecard(LecardTestDocs.get("16383"));
    assertTrue(acquittal.charges().isEmpty());
    assertTrue(acquittal.missing().contains("charges") && !acquittal.missing().contains("sentence"));
  }
}
