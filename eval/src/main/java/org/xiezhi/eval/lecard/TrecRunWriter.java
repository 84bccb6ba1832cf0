package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a TREC run file ({@code qid Q0 docid rank score tag}, rank from 1) atomically: to a
 * temporary file beside the target, then moved into place, so a failed run leaves no half file.
 */
public final class TrecRunWriter {
  private TrecRunWriter() {}

  public static void write(Path file, Map<String, List<ScoredDoc>> runs, String tag) throws IOException {
    if (tag.isBlank() || tag.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("run tag must be one word: '" + tag + "'");
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (Map.Entry<String, List<ScoredDoc>> e : runs.entrySet()) {
          int rank = 1;
          for (ScoredDoc d : e.getValue()) {
            w.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", e.getKey(), d.docId(), rank++, d.score(), tag));
          }
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
