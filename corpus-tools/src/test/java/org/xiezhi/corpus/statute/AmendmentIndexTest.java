package org.xiezhi.corpus.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmendmentIndexTest {
  @Test
  void instructionsNameTheArticlesTheyChangeNotTheQuotedText() {
    String text = "<!-- INFO END -->\n\n一、将刑法第二十条修改为：“依照本法第三十条的规定处罚。”\n\n"
        + "二、在刑法第四十条后增加两条，作为第四十条之一、第四十条之二：\n\n“第四十条之一 示例。\n\n"
        + "三、在刑法第五十条中增加一款作为第二款：“示例。”\n\n原第二款作为第三款。\n\n四、删去刑法第六十条。\n\n"
        + "五、本修正案自公布之日起施行。\n";
    assertEquals(List.of("20", "40-1", "40-2", "50", "60"), AmendmentIndex.touchedArticles(text));
  }
}
