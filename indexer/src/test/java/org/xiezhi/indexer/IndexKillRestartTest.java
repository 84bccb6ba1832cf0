package org.xiezhi.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * Kills an index build (child JVM, {@code destroyForcibly}) at 20 seeded random moments and starts
 * it again: after each kill the committed index holds no duplicate and only documents equal to the
 * uninterrupted build's; a build resumed after kills ends with exactly the uninterrupted build's
 * documents (count, ids, stored records, vector count).
 */
class IndexKillRestartTest {
  private static final Path JUDGMENTS = Path.of("..", "demo", "judgments");
  private static final int COPIES = 6;

  @TempDir Path tmp;

  @Test
  void aBuildKilledAtRandomPointsAndRestartedEndsWithTheSameDocuments() throws Exception {
    Path cases = tmp.resolve("cases.jsonl");
    writeCorpus(cases);
    Path statutes = Path.of(IndexKillRestartTest.class.getResource("demo-statutes.jsonl").toURI());
    Path reference = tmp.resolve("reference");
    long t0 = System.nanoTime();
    assertEquals(0, run(cases, statutes, reference, -1));
    long fullMs = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> expected = documents(reference);
    assertEquals(42 * COPIES + 3, expected.size());
    System.out.printf(Locale.ROOT, "uninterrupted build: %d documents, %d ms (JVM start included)%n", expected.size(), fullMs);

    Random rnd = new Random(20261129L);
    List<String> outcomes = new ArrayList<>();
    int killed = 0;
    int chains = 0;
    int runs = 0;
    Path data = tmp.resolve("build-0");
    // kill at random moments; a run that finishes first ends its chain, which must equal the reference
    while (killed < 20) {
      assertTrue(++runs <= 60, "20 kills took more than 60 runs");
      long delay = (long) (rnd.nextDouble() * fullMs * 0.75);
      int rc = run(cases, statutes, data, delay);
      Map<String, String> got = documents(data);
      for (Map.Entry<String, String> e : got.entrySet()) {
        assertEquals(expected.get(e.getKey()), e.getValue(), "document " + e.getKey() + " after the kill at " + delay + " ms");
      }
      Map<String, String> user = CaseIndex.committedUserData(data);
      outcomes.add(String.format(Locale.ROOT, "chain %d, %4d ms: %s, committed %d documents (%s, input position %s)",
          chains, delay, rc == 0 ? "finished before the kill" : "killed", got.size(),
          user.getOrDefault(IndexBuilder.BUILD, "no build mark"), user.getOrDefault(IndexBuilder.POSITION, "-")));
      if (rc != 0) {
        killed++;
        continue;
      }
      assertEquals(expected, documents(data), "documents when chain " + chains + " finished");
      chains++;
      data = tmp.resolve("build-" + chains);
    }
    assertEquals(0, run(cases, statutes, data, -1), "rerun after the last kill");
    assertEquals(expected, documents(data), "documents after the last kill and a rerun");
    assertEquals("complete", CaseIndex.committedUserData(data).get(IndexBuilder.BUILD));
    System.out.println("kill points (each followed by a restart of the same build; a run that finishes ends its chain):");
    outcomes.forEach(o -> System.out.println("  " + o));
    System.out.printf(Locale.ROOT, "%d kills in %d runs; all %d chains ended with the reference's %d documents%n",
        killed, runs, chains + 1, expected.size());
  }

  /** The demo judgments, parsed, {@value #COPIES} times under distinct ids. */
  private static void writeCorpus(Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(JUDGMENTS)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(42, files.size(), "demo judgments in " + JUDGMENTS.toAbsolutePath());
    StringBuilder sb = new StringBuilder();
    for (int copy = 0; copy < COPIES; copy++) {
      for (Path f : files) {
        String stem = f.getFileName().toString().replace(".txt", "");
        CaseRecord r = JudgmentParser.parseText(stem + "-" + copy, Files.readString(f, StandardCharsets.UTF_8));
        sb.append(Json.line(r)).append('\n');
      }
    }
    Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
  }

  /** Every live document of the latest commit: id → stored record (+ whether it has a vector); fails on a duplicate id. */
  static Map<String, String> documents(Path data) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(data.resolve("lucene"))) {
      return out;
    }
    try (FSDirectory d = FSDirectory.open(data.resolve("lucene"))) {
      if (!DirectoryReader.indexExists(d)) {
        return out;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        for (LeafReaderContext ctx : r.leaves()) {
          LeafReader leaf = ctx.reader();
          Bits live = leaf.getLiveDocs();
          var vectors = leaf.getFloatVectorValues(CaseFields.FACTS_VECTOR);
          java.util.Set<Integer> withVector = new java.util.HashSet<>();
          if (vectors != null) {
            for (int doc = vectors.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = vectors.nextDoc()) {
              withVector.add(doc);
            }
          }
          for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            var fields = leaf.storedFields().document(doc);
            String id = fields.get(CaseFields.ID);
            String prev = out.put(id, fields.get(CaseFields.RECORD) + (withVector.contains(doc) ? " +vector" : ""));
            if (prev != null) {
              fail("duplicate id " + id + " in " + data);
            }
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  /** Runs the child; kills it after {@code killAfterMs} when that is not negative. Returns its exit code. */
  private int run(Path cases, Path statutes, Path data, long killAfterMs) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        IndexChildMain.class.getName(), cases.toString(), statutes.toString(), data.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("index child did not finish");
    }
    int rc = p.exitValue();
    if (killAfterMs < 0 && rc != 0) {
      fail("index child failed: " + Files.readString(tmp.resolve("child.log"), StandardCharsets.UTF_8));
    }
    return rc;
  }
}
