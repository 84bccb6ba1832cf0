package org.xiezhi.corpus.charge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChargeLabelsTest {
  private final ChargeNames names =
      new ChargeNames(List.of("盗窃", "走私、贩卖、运输、制造毒品", "非法持有毒品", "盗窃、抢夺枪支、弹药、爆炸物", "窝藏、包庇",
          "贷款诈骗", "骗取贷款、票据承兑、金融票证", "强制猥亵、侮辱妇女"));

  @Test
  void exactAndWithZui() {
    assertEquals(Optional.of("盗窃"), names.toLabel("盗窃罪"));
    assertEquals(Optional.of("盗窃"), names.toLabel(" 盗窃 "));
    assertEquals(Optional.of("非法持有毒品"), names.toLabel("非法持有毒品罪"));
  }

  @Test
  void alternativesAndBrackets() {
    assertEquals(Optional.of("走私、贩卖、运输、制造毒品"), names.toLabel("贩卖毒品罪"));
    assertEquals(Optional.of("走私、贩卖、运输、制造毒品"), names.toLabel("贩卖、运输毒品"));
    assertEquals(Optional.of("走私、贩卖、运输、制造毒品"), names.toLabel("[走私、贩卖、运输、制造]毒品"));
    assertEquals(Optional.of("窝藏、包庇"), names.toLabel("包庇罪"));
    assertEquals(Optional.of("窝藏、包庇"), names.toLabel("[窝藏、包庇]"));
  }

  @Test
  void nameSpellingOnlySomeAlternatives() {
    assertEquals(Optional.of("窝藏、包庇"), names.toLabel("窝藏罪"));
    assertEquals(Optional.of("骗取贷款、票据承兑、金融票证"), names.toLabel("骗取贷款罪"));
    assertEquals(Optional.of("贷款诈骗"), names.toLabel("贷款诈骗罪"));
    assertEquals(Optional.of("强制猥亵、侮辱妇女"), names.toLabel("强制猥亵罪"));
    assertEquals(Optional.of("盗窃、抢夺枪支、弹药、爆炸物"), names.toLabel("盗窃枪支罪"));
  }

  @Test
  void unknownAndEmpty() {
    assertEquals(Optional.empty(), names.toLabel("重婚罪"));
    assertEquals(Optional.empty(), names.toLabel(""));
    assertEquals(Optional.empty(), names.toLabel(null));
    assertEquals(Optional.empty(), names.toLabel("罪"));
  }

  @Test
  void displayNameAndWords() {
    assertEquals("窝藏、包庇罪", ChargeNames.displayName("窝藏、包庇"));
    assertEquals(List.of("走私", "贩卖", "运输", "制造毒品"), ChargeNames.words("走私、贩卖、运输、制造毒品"));
  }
}
