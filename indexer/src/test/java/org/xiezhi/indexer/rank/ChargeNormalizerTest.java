package org.xiezhi.indexer.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChargeNormalizerTest {
  private final ChargeNormalizer n = new ChargeNormalizer(List.of(
      "盗窃罪", "诈骗罪", "合同诈骗罪", "走私、贩卖、运输、制造毒品罪", "窝藏、包庇罪",
      "窝藏、转移、隐瞒毒品、毒赃罪", "非法持有、私藏枪支、弹药罪", ""));

  @Test
  void catalogueNamesStay() {
    assertEquals("盗窃罪", n.normalize("盗窃罪"));
    assertEquals("合同诈骗罪", n.normalize(" 合同诈骗罪 "));
  }

  @Test
  void partsOfCombinedNamesMapToTheShortestCombinedName() {
    assertEquals("走私、贩卖、运输、制造毒品罪", n.normalize("贩卖毒品罪"));
    assertEquals("窝藏、包庇罪", n.normalize("窝藏罪"));
    assertEquals("非法持有、私藏枪支、弹药罪", n.normalize("非法持有枪支罪"));
  }

  @Test
  void unknownNamesAreKeptAndSetsDeduplicated() {
    assertEquals("虚构罪名罪", n.normalize("虚构罪名罪"));
    assertEquals(Set.of("走私、贩卖、运输、制造毒品罪"), n.normalizeAll(List.of("贩卖毒品罪", "运输毒品罪")));
    assertThrows(IllegalArgumentException.class, () -> new ChargeNormalizer(List.of(" ")));
  }
}
