package org.xiezhi.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.source.SharedData;

/** The charge descriptions built from the real catalogue and Criminal Law for all 202 CAIL labels. */
class ChargeStatutesTest {
  static List<String> accu;
  static ChargeStatutes st;

  @BeforeAll
  static void read() throws Exception {
    Path cail = SharedData.require("cail2018");
    accu = CailSample.labels(cail.resolve("accu.txt"));
    st = ChargeStatutes.read(SharedData.require("laws"), cail.resolve("accu.txt"), accu);
  }

  @Test
  void everyLabelIsInTheCatalogueAndHasAnArticle() {
    assertEquals(202, accu.size());
    assertEquals(List.of(), st.unmatched());
    for (String l : accu) {
      assertFalse(st.get(l).articles().isEmpty(), l);
      assertFalse(st.get(l).names().isBlank(), l);
    }
  }

  @Test
  void conductIsTheDefiningParagraphBeforeItsPenalty() {
    ChargeStatutes.Entry hunting = st.get("非法狩猎");
    assertEquals(List.of(341), hunting.articles());
    assertTrue(hunting.conduct().contains("禁猎区、禁猎期"), hunting.conduct());
    assertFalse(hunting.conduct().contains("处三年以下"), hunting.conduct());
    // 第341条 paragraph 1 is another charge; only paragraph 2 describes 非法狩猎
    assertFalse(hunting.conduct().contains("珍贵、濒危野生动物"), hunting.conduct());
    assertEquals(List.of(310), st.get("窝藏、包庇").articles());
    assertEquals(List.of(264), st.get("盗窃").articles());
    assertTrue(st.get("非国家工作人员受贿").names().contains("非国家工作人员受贿罪"));
  }

  @Test
  void inputsAreDigestedAndUnknownLabelsRefused() {
    assertEquals(3, st.inputs().size());
    st.inputs().values().forEach(v -> assertTrue(v.matches("[0-9a-f]{64}"), v));
    assertThrows(IllegalArgumentException.class, () -> st.get("不存在"));
  }
}
