package org.xiezhi.corpus.cail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.source.SharedData;

class CailRecordsTest {
  @Test
  void fictionalLineBecomesACaseRecord() throws IOException {
    CaseRecord r = CailRecords.parse("cail-train-7",
        "{\"fact\":\"公诉机关指控：被告人某甲盗窃财物。\",\"meta\":{\"relevant_articles\":[264,67],"
            + "\"accusation\":[\"盗窃\"],\"punish_of_money\":3000,\"criminals\":[\"某甲\"],"
            + "\"term_of_imprisonment\":{\"death_penalty\":false,\"imprisonment\":8,\"life_imprisonment\":false}}}");
    assertEquals("cail-train-7", r.id());
    assertEquals("cail2018", r.source());
    assertEquals(List.of("盗窃罪"), r.charges());
    assertEquals(List.of("刑法第264条", "刑法第67条"), r.articles());
    assertEquals(new Sentence("imprisonment", 8, null, 3000L, List.of()), r.defendants().get(0).sentence());
    assertEquals(List.of(), r.missing());
  }

  @Test
  void deathAndLifeAndMalformedLines() throws IOException {
    String life = "{\"fact\":\"某乙故意杀人。\",\"meta\":{\"relevant_articles\":[232],\"accusation\":[\"故意杀人\"],"
        + "\"punish_of_money\":0,\"criminals\":[\"某乙\"],\"term_of_imprisonment\":{\"death_penalty\":false,"
        + "\"imprisonment\":0,\"life_imprisonment\":true}}}";
    assertEquals("life", CailRecords.parse("x", life).defendants().get(0).sentence().type());
    assertEquals("death", CailRecords.parse("x", life.replace("\"death_penalty\":false", "\"death_penalty\":true"))
        .defendants().get(0).sentence().type());
    assertThrows(IllegalArgumentException.class, () -> CailRecords.parse("x", "{\"fact\": \"断"));
    assertThrows(IllegalArgumentException.class, () -> CailRecords.parse("x", "[1,2]"));
    assertThrows(IllegalArgumentException.class, () -> CailRecords.parse("x", "{\"fact\":\"\",\"meta\":{}}"));
    assertThrows(IllegalArgumentException.class, () -> CailRecords.parse("x", "{\"fact\":\"某\"}"));
  }

  @Test
  void realSampleFiles() throws IOException {
    List<CaseRecord> out = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    CailRecords.readDir(SharedData.require("cail2018"), new CailRecords.Sink() {
      @Override
      public void accept(CaseRecord r) {
        out.add(r);
      }

      @Override
      public void reject(String id, String reason) {
        rejected.add(id + ": " + reason);
      }
    });
    assertEquals(List.of(), rejected);
    assertEquals(3675 + 1397, out.size());
    assertEquals("cail-train-1", out.get(0).id());
    assertEquals("cail-test-1", out.get(3675).id());
    // First training line: 故意伤害, article 234 (read from ../shared at test time).
    assertEquals(List.of("故意伤害罪"), out.get(0).charges());
    assertEquals(List.of("刑法第234条"), out.get(0).articles());
    assertTrue(out.stream().allMatch(r -> r.charges().stream().allMatch(c -> c.endsWith("罪"))));
    assertTrue(out.stream().allMatch(r -> r.defendants().size() == 1));
    long withSentence = out.stream().filter(r -> r.defendants().get(0).sentence() != null).count();
    System.out.println("CAIL2018 records " + out.size() + ", with a sentence " + withSentence);
  }

  @Test
  void missingFolderIsAnError() {
    assertThrows(IOException.class, () -> CailRecords.readDir(Path.of("no-such-folder"), null));
  }
}
