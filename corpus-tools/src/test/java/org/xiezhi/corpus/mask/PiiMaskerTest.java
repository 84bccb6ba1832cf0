package org.xiezhi.corpus.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exact cases on fictional text, random strings and empty input. */
class PiiMaskerTest {
  private static String mask(String text) {
    return PiiMasker.of(MaskingPolicy.INTERNAL).forDocument().mask(text);
  }

  @Test
  void victimsAndWitnessesBecomeSurnamePlusMou() {
    String t = "被告人张大山持刀砍伤被害人李小红。证人王明亮、赵四证实，李小红当晚在家。";
    String m = mask(t);
    assertEquals("被告人张大山持刀砍伤被害人李某。证人王某、赵某证实，李某当晚在家。", m);
  }

  @Test
  void compoundSurnameAndExpert() {
    assertEquals(
        "鉴定人欧阳某出具意见，欧阳某签名。", mask("鉴定人欧阳春晓出具意见，欧阳春晓签名。"));
  }

  @Test
  void pronounAfterRoleIsNotAName() {
    String t = "被害人向该平台充值，被害人向其转账，骗取被害人信任，证人李甲、张乙证实。";
    assertEquals(t, mask(t));
  }

  @Test
  void alreadyMaskedNamesStay() {
    String t = "证人王某、李×1、陈某甲的证言，被害人刘某某的陈述。";
    assertEquals(t, mask(t));
  }

  @Test
  void judgesLawyersAndAdultDefendantsKeepNames() {
    String t =
        "（2015）某刑初字第1号 被告人周建国，男，1970年3月1日出生。辩护人孙立平，某律师事务所律师。"
            + "审判长郑文华";
    assertEquals(t, mask(t));
  }

  @Test
  void minorDefendantIsMasked() {
    String t = "（2015）某刑初字第2号 被告人吴小军，男，2000年5月1日出生。被告人吴小军犯盗窃罪。";
    assertEquals(
        "（2015）某刑初字第2号 被告人吴某，男，2000年5月1日出生。被告人吴某犯盗窃罪。", mask(t));
  }

  @Test
  void sameNameSameFormAcrossFieldsWhenFullTextLearnedFirst() {
    String full = "经审理查明，被害人何春梅报警。证人何志强证实，何春梅受伤。";
    String facts = "何春梅受伤后，何志强送其就医。";
    PiiMasker.DocumentMasker m = PiiMasker.of(MaskingPolicy.INTERNAL).forDocument(full);
    String f = m.mask(facts);
    String q = m.mask(full);
    assertEquals("何某受伤后，何某甲送其就医。", f);
    assertTrue(q.contains("被害人何某报警") && q.contains("证人何某甲证实"), q);
  }

  @Test
  void existingMaskedFormIsNotReused() {
    String t = "证人李某证实，被害人李文辉被打。";
    assertEquals("证人李某证实，被害人李某甲被打。", mask(t));
  }

  @Test
  void numbersAreCrossedOut() {
    assertEquals(
        "身份证号码××××××××××××××××××，",
        mask("身份证号码110105198001011234，"));
    assertEquals("手机号码×××××××××××联系", mask("手机号码13812345678联系"));
    assertEquals("座机××××-×××××××。", mask("座机0731-1234567。"));
    assertEquals("银行卡×××××××××××××××××××转账", mask("银行卡6222021234567890123转账"));
    assertEquals("驾驶湘A×××××号小车", mask("驾驶湘A12345号小车"));
    assertEquals("粤B·××××××新能源车", mask("粤B·D12345新能源车"));
    assertEquals("护照号码×××××××××，", mask("护照号码E12345678，"));
    assertEquals("号码×××××××××××，", mask("号码155××××2296，"));
  }

  @Test
  void alreadyMaskedPlateStays() {
    String t = "驾驶京A×××××号小车";
    assertEquals(t, mask(t));
  }

  @Test
  void homeAddressKeepsCountyLevel() {
    assertEquals(
        "被告人周建国，男，汉族，住湖南省长沙市岳麓区×××××××××。",
        mask("被告人周建国，男，汉族，住湖南省长沙市岳麓区洋湖街道先锋村8号。"));
    String countyOnly = "被告人周建国，男，家住湖南省新晃侗族自治县。";
    assertEquals(countyOnly, mask(countyOnly));
    assertEquals(
        "户籍所在地广东省湛江市雷州市，住广东省广州市白云区××××××××。",
        mask("户籍所在地广东省湛江市雷州市，住广东省广州市白云区龙归镇某某街8号。"));
    String hospital = "被害人受伤，住院治疗十天。";
    assertEquals(hospital, mask(hospital));
  }

  @Test
  void emptyAndNull() {
    assertEquals("", mask(""));
    assertNull(mask(null));
    assertTrue(PiiMasker.of(MaskingPolicy.INTERNAL).forDocument().find("").isEmpty());
  }

  @Test
  void randomStringsNeverFailAndKeepLengthWithoutNames() {
    Random r = new Random(42);
    String alphabet = "0123456789Xx-×某住省市区县镇村号被害人证人王李张欧阳湘A京B，。、 abc";
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(80);
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      PiiMasker.DocumentMasker m = PiiMasker.of(MaskingPolicy.INTERNAL).forDocument();
      String out = m.mask(s);
      int prev = -1;
      for (PiiSpan span : m.find(s)) {
        assertTrue(span.start() >= prev && span.end() <= s.length(), s);
        prev = span.end();
      }
      if (m.maskedNames().isEmpty()) {
        assertEquals(s.length(), out.length(), s);
      }
      assertFalse(out.matches(".*(?<!\\d)1[3-9]\\d{9}(?!\\d).*"), s);
    }
  }
}
