package org.xiezhi.eval.lecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiezhi.indexer.rank.ChargeNormalizer;

class ResultChargeExtractorTest {
  private final ResultChargeExtractor x = new ResultChargeExtractor(new ChargeNormalizer(List.of(
      "盗窃罪", "诈骗罪", "走私、贩卖、运输、制造毒品罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪")));

  @Test
  void readsListedChargesAndNormalizesThem() {
    assertEquals(List.of("盗窃罪", "诈骗罪"), List.copyOf(x.extract(
        "一、被告人甲某犯盗窃罪、诈骗罪，决定执行有期徒刑三年。")));
    assertEquals(Set.of("走私、贩卖、运输、制造毒品罪"), x.extract("被告人乙某犯贩卖毒品罪，判处有期徒刑一年；犯运输毒品罪，判处…"));
    assertEquals(Set.of("掩饰、隐瞒犯罪所得、犯罪所得收益罪"), x.extract("被告人丙某犯掩饰、隐瞒犯罪所得罪，判处拘役三个月。"));
  }

  @Test
  void noChargeInTextGivesEmpty() {
    assertEquals(Set.of(), x.extract(null));
    assertEquals(Set.of(), x.extract(""));
    assertEquals(Set.of(), x.extract("驳回上诉，维持原判。"));
  }
}
