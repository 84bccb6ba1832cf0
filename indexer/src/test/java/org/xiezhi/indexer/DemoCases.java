package org.xiezhi.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;

/** The project's 42 fictional demo judgments, parsed, as test input. */
public final class DemoCases {
  private DemoCases() {}

  /** Every demo judgment, parsed, in file-name order. */
  public static List<CaseRecord> all() throws IOException {
    Path dir = Path.of("..", "demo", "judgments");
    List<CaseRecord> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String stem = f.getFileName().toString().replace(".txt", "");
        out.add(JudgmentParser.parseText(stem, Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    assertEquals(42, out.size());
    return out;
  }

  /** {@code records} as the cases of a build. */
  public static CaseSource source(List<CaseRecord> records) {
    return CaseSource.of("demo judgments", records);
  }
}
