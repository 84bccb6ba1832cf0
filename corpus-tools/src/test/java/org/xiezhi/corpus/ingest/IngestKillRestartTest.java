package org.xiezhi.corpus.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest of the fictional demo judgments (child JVM, {@code destroyForcibly}) at 20
 * seeded random moments, runs it again, and checks the outputs equal an uninterrupted run's bytes
 * with no temporary file left; after each kill, any output present must be whole.
 */
class IngestKillRestartTest {
  private static final Path JUDGMENTS = Path.of("..", "demo", "judgments");

  @TempDir Path tmp;

  @Test
  void aRunKilledAtRandomPointsAndRestartedWritesTheSameRecords() throws Exception {
    assertTrue(Files.isDirectory(JUDGMENTS), "fixtures missing: " + JUDGMENTS.toAbsolutePath());
    Path reference = tmp.resolve("reference");
    long fullMs = Long.MAX_VALUE; // the faster of two runs: the first JVM start on a machine is the slow one
    for (Path r : List.of(reference, tmp.resolve("reference-again"))) {
      long t0 = System.nanoTime();
      assertEquals(0, run(r, -1));
      fullMs = Math.min(fullMs, (System.nanoTime() - t0) / 1_000_000);
    }
    byte[][] expected = read(reference);
    List<String> ids = ids(expected[0]);
    assertTrue(ids.size() >= 40, "reference run ingested " + ids.size() + " cases");
    assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate ids in the reference");
    System.out.printf(Locale.ROOT, "uninterrupted run: %d cases, %d ms (the faster of two, JVM start included)%n", ids.size(), fullMs);

    Random rnd = new Random(20261129L);
    List<String> outcomes = new ArrayList<>();
    int freshKilled = 0;
    for (int i = 0; i < 20; i++) {
      Path out = tmp.resolve("out-" + i / 2); // odd kills land on the outputs of a finished run
      long delay = (long) (rnd.nextDouble() * fullMs * 1.1);
      int rc = run(out, delay);
      List<Path> parts = IngestOutputs.staleParts(out);
      StringBuilder state = new StringBuilder();
      for (int f = 0; f < IngestOutputs.FILES.size(); f++) {
        Path p = out.resolve(IngestOutputs.FILES.get(f));
        if (Files.exists(p)) {
          state.append(state.length() == 0 ? "" : " ").append(IngestOutputs.FILES.get(f));
          assertArrayEquals(expected[f], Files.readAllBytes(p), "a whole output after the kill at " + delay + " ms: " + p);
        }
      }
      assertEquals(0, run(out, -1), "rerun after the kill at " + delay + " ms");
      assertEquals(List.of(), IngestOutputs.staleParts(out), "temporary files after the rerun");
      byte[][] got = read(out);
      for (int f = 0; f < got.length; f++) {
        assertArrayEquals(expected[f], got[f], IngestOutputs.FILES.get(f) + " after kill at " + delay + " ms");
      }
      freshKilled += i % 2 == 0 && rc != 0 ? 1 : 0;
      outcomes.add(String.format(Locale.ROOT, "%d ms:%s outputs whole: [%s], temporary files left: %d", delay,
          rc == 0 ? " finished before the kill" : " killed", state, parts.size()));
    }
    System.out.println("kill points (then rerun: identical bytes, no temporary files):");
    outcomes.forEach(o -> System.out.println("  " + o));
    assertTrue(freshKilled >= 6, "most runs on fresh outputs were really killed: " + freshKilled + " of 10");
  }

  /** Runs the child; kills it after {@code killAfterMs} when that is not negative. Returns its exit code. */
  private int run(Path out, long killAfterMs) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        IngestChildMain.class.getName(), JUDGMENTS.toString(), out.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("ingest child did not finish");
    }
    int rc = p.exitValue();
    if (killAfterMs < 0 && rc != 0) {
      fail("ingest child failed: " + Files.readString(tmp.resolve("child.log"), StandardCharsets.UTF_8));
    }
    return rc;
  }

  private static byte[][] read(Path out) throws IOException {
    byte[][] b = new byte[IngestOutputs.FILES.size()][];
    for (int f = 0; f < b.length; f++) {
      b[f] = Files.readAllBytes(out.resolve(IngestOutputs.FILES.get(f)));
    }
    return b;
  }

  private static List<String> ids(byte[] casesJsonl) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : new String(casesJsonl, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        ids.add(org.xiezhi.corpus.io.Json.mapper().readTree(line).get("id").asText());
      }
    }
    return ids;
  }
}
