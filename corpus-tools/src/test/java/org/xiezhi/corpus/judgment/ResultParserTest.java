package org.xiezhi.corpus.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;

class ResultParserTest {
  @Test
  void combinedSentenceOfSeveralCharges() {
    List<Defendant> ds = ResultParser.parse(
        "一、被告人甲某犯盗窃罪，判处有期徒刑一年，并处罚金人民币三千元；犯诈骗罪，判处有期徒刑八个月，并处罚金人民币二千元；"
            + "数罪并罚，决定执行有期徒刑一年六个月，并处罚金人民币五千元。（刑期从判决执行之日起计算。即自2020年1月1日起至2021年6月30日止。）"
            + "二、被告人乙某犯掩饰、隐瞒犯罪所得罪，判处拘役四个月，缓刑六个月，并处罚金人民币一千元。三、追缴违法所得。");
    assertEquals(2, ds.size());
    Defendant a = ds.get(0);
    assertEquals("甲某", a.name());
    assertEquals(List.of("盗窃罪", "诈骗罪"), a.charges());
    assertEquals(2, a.counts().size());
    assertEquals(new Sentence("imprisonment", 12, null, 3000L, List.of()), a.counts().get(0).sentence());
    assertEquals(new Sentence("imprisonment", 18, null, 5000L, List.of()), a.sentence());
    Defendant b = ds.get(1);
    assertEquals(List.of("掩饰、隐瞒犯罪所得罪"), b.charges());
    assertEquals(new Sentence("detention", 4, 6, 1000L, List.of()), b.sentence());
  }

  @Test
  void secondInstanceMentionsOneDefendantSeveralTimes() {
    List<Defendant> ds = ResultParser.parse(
        "一、撤销某县人民法院（2019）某0101刑初1号刑事判决，即被告人丙某犯开设赌场罪，判处有期徒刑二年，并处罚金人民币二万元；"
            + "二、上诉人（原审被告人）丙某犯开设赌场罪，判处有期徒刑二年，缓刑三年，并处罚金人民币二万元。");
    assertEquals(1, ds.size());
    assertEquals(new Sentence("imprisonment", 24, 36, 20000L, List.of()), ds.get(0).sentence());
  }

  @Test
  void parenthesisedAsidesGoButChargeNamesKeepTheirs() {
    List<Defendant> ds = ResultParser.parse(
        "被告人庚某犯组织他人偷越国（边）境罪，判处有期徒刑二年（刑期自2020年1月1日起至2021年12月31日止），并处罚金人民币一万元。");
    assertEquals(List.of("组织他人偷越国（边）境罪"), ds.get(0).charges());
    assertEquals(new Sentence("imprisonment", 24, null, 10000L, List.of()), ds.get(0).sentence());
  }

  @Test
  void acquittalHasNoChargeAndNoSentence() {
    List<Defendant> ds = ResultParser.parse("被告人丁某无罪。");
    assertEquals(1, ds.size());
    assertTrue(ds.get(0).charges().isEmpty());
    assertNull(ds.get(0).sentence());
  }

  @Test
  void emptyResult() {
    assertTrue(ResultParser.parse("").isEmpty());
    assertTrue(ResultParser.parse(null).isEmpty());
    assertTrue(ResultParser.parse("驳回上诉，维持原判。").isEmpty());
  }

  @Test
  void realResults() {
    // 6673: life after 数罪并罚, with confiscation and a fine; a second defendant with one charge.
    List<Defendant> ds = ResultParser.parse(LecardTestDocs.get("6673").result());
    assertEquals(2, ds.size());
    assertEquals(List.of("贩卖、制造毒品罪", "盗窃罪", "聚众斗殴罪"), ds.get(0).charges());
    assertEquals(new Sentence("life", null, null, 10000L, List.of("剥夺政治权利终身", "没收个人全部财产")),
        ds.get(0).sentence());
    assertEquals(new Sentence("imprisonment", 36, null, 2000L, List.of()), ds.get(1).sentence());
    // 27399: the second defendant is exempted from punishment.
    assertEquals("exempt", ResultParser.parse(LecardTestDocs.get("27399").result()).get(1).sentence().type());
    // 38633: second instance, sentence re-decided in item 三.
    assertEquals(new Sentence("detention", 2, null, 3000L, List.of()),
        ResultParser.parse(LecardTestDocs.get("38633").result()).get(0).sentence());
    // 16383: acquitted.
    assertTrue(ResultParser.parse(LecardTestDocs.get("16383").result()).get(0).charges().isEmpty());
  }
}
