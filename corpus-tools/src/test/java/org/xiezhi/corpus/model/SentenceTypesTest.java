package org.xiezhi.corpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.io.Json;

/** Penalty types read in English or Chinese and written back in the caller's language beside the English value. */
class SentenceTypesTest {
  @Test
  void everyChineseNameReadsAsItsEnglishValue() throws Exception {
    assertEquals(Sentence.TYPES, List.copyOf(Sentence.CHINESE.keySet()));
    for (var e : Sentence.CHINESE.entrySet()) {
      Sentence s = Json.mapper().readValue("{\"type\":\"" + e.getValue() + "\",\"months\":6}", Sentence.class);
      assertEquals(e.getKey(), s.type());
      assertEquals(e.getValue(), s.typeText());
      String back = Json.line(s);
      assertEquals("{\"type\":\"" + e.getKey() + "\",\"months\":6,\"additional\":[],\"typeText\":\"" + e.getValue() + "\"}", back);
      assertEquals(s, Json.mapper().readValue(back, Sentence.class));
      Sentence en = Json.mapper().readValue("{\"type\":\"" + e.getKey() + "\",\"months\":6}", Sentence.class);
      assertNull(en.typeText());
      assertEquals("{\"type\":\"" + e.getKey() + "\",\"months\":6,\"additional\":[]}", Json.line(en));
    }
    assertEquals(Sentence.DEATH_REPRIEVE, new Sentence("死缓", null, null, null, null).type());
    assertEquals(Sentence.EXEMPT, Sentence.englishType(" 免于刑事处罚 "));
    assertNull(Sentence.englishType("徒刑"));
    assertEquals("徒刑", new Sentence("徒刑", 8, null, null, null).type());
  }
}
