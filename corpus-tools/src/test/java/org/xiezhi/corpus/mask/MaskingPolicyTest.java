package org.xiezhi.corpus.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two masking policies on fictional text, and numbers written in full-width digits. */
class MaskingPolicyTest {
  private static final String JUDGMENT = "（2019）某刑初字第3号 公诉机关某市人民检察院。被告人周建国，男，1970年3月1日出生。"
      + "辩护人孙立平，某律师事务所律师。委托代理人钱德明。被害人李小红。被告人周建国盗窃被害人李小红手机一部。"
      + "审判长赵文华 审判员吴启明 人民陪审员郑秀兰 书记员冯晓雪";

  private static String mask(MaskingPolicy p, String text) {
    return PiiMasker.of(p).forDocument(text).mask(text);
  }

  @Test
  void internalUseKeepsDefendantsAndCourtStaffAsTheRulesAllow() {
    String m = mask(MaskingPolicy.INTERNAL, JUDGMENT);
    for (String kept : List.of("周建国", "孙立平", "钱德明", "赵文华", "吴启明", "郑秀兰", "冯晓雪")) {
      assertTrue(m.contains(kept), kept + " in " + m);
    }
    assertFalse(m.contains("李小红"), m);
    assertTrue(m.contains("被害人李某"), m);
  }

  @Test
  void publicReleaseMasksEveryNaturalPerson() {
    String m = mask(MaskingPolicy.PUBLIC_RELEASE, JUDGMENT);
    for (String name : List.of("周建国", "孙立平", "钱德明", "李小红", "赵文华", "吴启明", "郑秀兰", "冯晓雪")) {
      assertFalse(m.contains(name), name + " in " + m);
    }
    for (String form : List.of("被告人周某", "辩护人孙某", "委托代理人钱某", "审判长赵某", "审判员吴某", "人民陪审员郑某", "书记员冯某")) {
      assertTrue(m.contains(form), form + " in " + m);
    }
    assertEquals(MaskingPolicy.PUBLIC_RELEASE, PiiMasker.standard().policy());
  }

  @Test
  void policyIsNamedInternalOrPublic() {
    assertEquals(MaskingPolicy.INTERNAL, MaskingPolicy.parse("Internal"));
    assertEquals(MaskingPolicy.PUBLIC_RELEASE, MaskingPolicy.parse("public"));
    assertThrows(IllegalArgumentException.class, () -> MaskingPolicy.parse("none"));
  }

  @Test
  void fullWidthDigitsAreMaskedAtTheirOriginalOffsets() {
    String t = "被告人联系电话１３９１２３４５６７８，身份证号１１０１０１１９９００３０７１２３Ｘ，"
        + "银行卡号６２２２０２１２３４５６７８９０１２３，驾驶湘Ａ１２３４５号小型轿车。";
    String m = mask(MaskingPolicy.INTERNAL, t);
    assertEquals(t.length(), m.length());
    assertTrue(m.contains("联系电话×××××××××××，"), m);
    assertTrue(m.contains("身份证号××××××××××××××××××，"), m);
    assertTrue(m.contains("银行卡号×××××××××××××××××××，"), m);
    assertTrue(m.contains("湘Ａ×××××号"), m);
    assertFalse(m.matches(".*[０-９].*"), m);
    List<PiiSpan> spans = PiiMasker.of(MaskingPolicy.INTERNAL).forDocument().find(t);
    assertEquals(t.indexOf("１３９"), spans.get(0).start());
    assertEquals(t.indexOf("１３９") + 11, spans.get(0).end());
  }

  @Test
  void foldingKeepsLengthAndOnlyTouchesDigitsLettersAndNumberSigns() {
    assertEquals("139-0A(1):", MatchFolding.fold("１３９－０Ａ（１）："));
    assertEquals("盗窃，。", MatchFolding.fold("盗窃，。"));
    String s = "㈠①ﬁ㍻";
    assertEquals(s.length(), MatchFolding.fold(s).length());
  }
}
