package org.xiezhi.eval.lecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecRunWriterTest {
  @TempDir Path dir;

  @Test
  void writesOneLinePerDocumentWithRanksFromOne() throws Exception {
    Map<String, List<ScoredDoc>> runs = new LinkedHashMap<>();
    runs.put("7", List.of(new ScoredDoc("d1", 2.5), new ScoredDoc("d2", 1.0)));
    runs.put("-3", List.of(new ScoredDoc("d9", 0)));
    Path f = dir.resolve("sub").resolve("run.trec");
    TrecRunWriter.write(f, runs, "tag1");
    assertEquals(List.of("7 Q0 d1 1 2.500000 tag1", "7 Q0 d2 2 1.000000 tag1", "-3 Q0 d9 1 0.000000 tag1"),
        Files.readAllLines(f, StandardCharsets.UTF_8));
    try (var s = Files.list(f.getParent())) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void aTagWithSpacesIsRefusedAndNothingIsWritten() {
    Path f = dir.resolve("bad.trec");
    assertThrows(IllegalArgumentException.class, () -> TrecRunWriter.write(f, Map.of(), "two words"));
    assertFalse(Files.exists(f));
  }
}
