package org.xiezhi.corpus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output files of an ingest run and what makes a killed run safe to start again. Each output
 * is written to a temporary {@code <name>…part} file and moved into place, so a kill never leaves
 * a half-written output. The report and the masking record are deleted when a run starts, the
 * masking record is written after the cases and the report last, so {@code ingest-report.json} is
 * present only when the files come from one finished run, and {@code masking.json} never names a
 * policy the cases were not masked under.
 * A rerun over the same input redoes the work and writes the same bytes.
 */
public final class IngestOutputs {
  /** The files a run writes, in the order it writes them; the report last. */
  public static final List<String> FILES = List.of("cases.jsonl", "statutes.jsonl", "charges.jsonl", MaskingRecord.FILE,
      "ingest-report.json");

  /** The report, written last: its presence marks a finished run. */
  public static final String REPORT = "ingest-report.json";

  private IngestOutputs() {}

  /**
   * Prepares {@code out} for a run: removes temporary files a killed run left behind and the report
   * of an earlier run. Returns the number of temporary files removed.
   */
  public static int prepare(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    int removed = 0;
    for (Path p : staleParts(out)) {
      Files.deleteIfExists(p);
      removed++;
    }
    Files.deleteIfExists(out.resolve(REPORT));
    Files.deleteIfExists(out.resolve(MaskingRecord.FILE));
    return removed;
  }

  /** Temporary files of the outputs in {@code out} (none after a finished run). */
  public static List<Path> staleParts(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> isPart(p.getFileName().toString())).sorted().toList();
    }
  }

  private static boolean isPart(String name) {
    return name.endsWith(".part") && FILES.stream().anyMatch(name::startsWith);
  }
}
