package org.xiezhi.corpus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fictional source folders for ingest tests, laid out as the readers expect them. The
 * fixtures in {@code src/test/resources/ingest} carry names of their own (fictional-train.jsonl,
 * fictional-criminal-law.md …) so nothing in the repository looks like a file of the public data;
 * they are copied under the names the sources use into a temporary folder once per test run.
 */
final class IngestFixtures {
  private static final Map<String, String> SOURCE_NAMES = Map.of(
      "cail2018/fictional-train.jsonl", "cail2018/sample_train.json",
      "cail2018/fictional-test.jsonl", "cail2018/sample_test.json",
      "lecard/fictional-charges.txt", "lecard/criminal_charges.txt",
      "laws/fictional-criminal-law.md", "laws/刑法/刑法.md");

  private static Path root;

  private IngestFixtures() {}

  /** The folder of one source kind ({@code lecard}, {@code cail2018}, {@code text}, {@code laws}). */
  static synchronized Path source(String kind) {
    if (root == null) {
      root = build();
    }
    return root.resolve(kind);
  }

  private static Path build() {
    try {
      Path from = Path.of(IngestFixtures.class.getResource("/ingest").toURI());
      Path to = Files.createTempDirectory("xiezhi-ingest-fixtures");
      List<Path> files;
      try (Stream<Path> s = Files.walk(from)) {
        files = s.filter(Files::isRegularFile).toList();
      }
      for (Path f : files) {
        String rel = from.relativize(f).toString().replace('\\', '/');
        Path target = to.resolve(SOURCE_NAMES.getOrDefault(rel, rel));
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(to)));
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
