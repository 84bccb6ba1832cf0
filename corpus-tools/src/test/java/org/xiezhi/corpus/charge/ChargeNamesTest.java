package org.xiezhi.corpus.charge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChargeNamesTest {
  @Test
  void groupNamesContainTheirActs() {
    assertTrue(ChargeNames.belongsTo("贩卖毒品罪", "走私、贩卖、运输、制造毒品罪"));
    assertTrue(ChargeNames.belongsTo("贩卖、运输毒品罪", "走私、贩卖、运输、制造毒品"));
    assertTrue(ChargeNames.belongsTo("骗取票据承兑罪", "骗取贷款、票据承兑、金融票证罪"));
    assertTrue(ChargeNames.belongsTo("盗窃罪", "盗窃"));
    assertFalse(ChargeNames.belongsTo("组织卖淫罪", "引诱、容留、介绍卖淫"));
    assertFalse(ChargeNames.belongsTo("诈骗罪", "盗窃"));
  }

  @Test
  void namesInACaseName() {
    ChargeNames n = new ChargeNames(List.of("盗窃罪", "走私、贩卖、运输、制造毒品罪", "诈骗罪", "合同诈骗罪"));
    assertEquals(List.of("走私、贩卖、运输、制造毒品", "盗窃"), n.namedIn("张某走私、贩卖、运输、制造毒品、盗窃一案"));
    assertEquals(List.of("合同诈骗"), n.namedIn("李某合同诈骗一案"));
    assertTrue(n.namedIn("王某一案").isEmpty());
  }
}
