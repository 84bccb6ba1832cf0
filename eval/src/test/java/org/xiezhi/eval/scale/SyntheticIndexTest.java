package org.xiezhi.eval.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.IndexedCases;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;

/** The synthetic scale index built from a small index of the demo judgments, with vectors of 8 dimensions. */
class SyntheticIndexTest {
  @TempDir Path dir;
  private Path source;
  private final Map<String, CaseRecord> originals = new HashMap<>();
  private final Map<String, float[]> vectors = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  @BeforeEach
  void sourceIndex() throws Exception {
    source = dir.resolve("source");
    LegalDictionary dict = LegalDictionary.builtIn();
    IndexMeta meta = new IndexMeta(IndexMeta.FORMAT, HanLpAnalyzer.NAME + "+dict:" + dict.fingerprint(), BigramAnalyzer.NAME,
        dict.fingerprint(), "test-vectors@1", 8, "truncate", 510, 0.9f, 0.4f);
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "demo", "judgments"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).toList();
    }
    assertEquals(6, files.size(), "the demo judgments are missing");
    try (CaseIndex idx = CaseIndex.create(source, meta, dict, null, 64)) {
      int i = 0;
      for (Path f : files) {
        CaseRecord r = JudgmentParser.parseText("demo-" + i, Files.readString(f, StandardCharsets.UTF_8));
        float[] v = new float[8];
        v[i % 8] = 1;
        idx.upsert(r, v);
        originals.put(r.id(), r);
        ids.add(r.id());
        vectors.put(r.id(), v);
        i++;
      }
      idx.forceMerge();
      idx.commit();
    }
  }

  private Map<String, CaseRecord> build(Path out, long cases, long seed, Map<String, float[]> vecs) throws Exception {
    new SyntheticIndex(source, cases, seed, 0.1).build(out, 64, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    Map<String, CaseRecord> got = new HashMap<>();
    IndexedCases.forEach(out, (r, v) -> {
      got.put(r.id(), r);
      vecs.put(r.id(), v);
    });
    return got;
  }

  @Test
  void everyCaseOnceThenPerturbedCopiesUpToTheCount() throws Exception {
    Map<String, float[]> vecs = new HashMap<>();
    Map<String, CaseRecord> got = build(dir.resolve("synth"), 20, 7, vecs);
    assertEquals(6, originals.size());
    assertEquals(20, got.size());
    // 20 of 6: each source 3 versions, the first two 4
    for (CaseRecord o : originals.values()) {
      assertEquals(o.facts(), got.get(o.id()).facts(), "the source case is kept as it is");
      assertTrue(got.containsKey(o.id() + "-s1") && got.containsKey(o.id() + "-s2"));
      CaseRecord copy = got.get(o.id() + "-s1");
      assertEquals(o.charges(), copy.charges());
      assertEquals(o.defendants(), copy.defendants());
      assertNotEquals(o.facts(), copy.facts(), "a copy's facts are perturbed");
      assertEquals(o.facts().length(), copy.facts().length(), 40, "a copy keeps about its source's length");
      float[] v = vecs.get(copy.id());
      float[] src = vectors.get(o.id());
      double dot = 0;
      double norm = 0;
      for (int i = 0; i < v.length; i++) {
        dot += v[i] * src[i];
        norm += v[i] * v[i];
      }
      assertEquals(1.0, norm, 1e-5, "unit length");
      assertTrue(dot > 0.95 && dot < 1.0, "close to the source vector, not equal: " + dot);
    }
    long fours = originals.keySet().stream().filter(id -> got.containsKey(id + "-s3")).count();
    assertEquals(2, fours);
  }

  @Test
  void theSameSeedGivesTheSameIndexAnotherSeedAnother() throws Exception {
    Map<String, float[]> v1 = new HashMap<>();
    Map<String, float[]> v2 = new HashMap<>();
    Map<String, float[]> v3 = new HashMap<>();
    Map<String, CaseRecord> a = build(dir.resolve("a"), 12, 1, v1);
    Map<String, CaseRecord> b = build(dir.resolve("b"), 12, 1, v2);
    Map<String, CaseRecord> c = build(dir.resolve("c"), 12, 2, v3);
    String id = originals.keySet().iterator().next() + "-s1";
    assertEquals(a.get(id).facts(), b.get(id).facts());
    assertTrue(java.util.Arrays.equals(v1.get(id), v2.get(id)));
    assertNotEquals(a.get(id).facts(), c.get(id).facts());
  }

  @Test
  void theSyntheticIndexAnswersSimilarCasesWithTheCopiesOfTheQueryCase() throws Exception {
    Path out = dir.resolve("synth");
    build(out, 18, 3, new HashMap<>());
    String first = ids.get(0);
    CaseRecord q = originals.get(first);
    try (CaseIndex idx = CaseIndex.open(out, null)) {
      assertEquals(18, idx.counts()[0]);
      List<String> top = new ArrayList<>();
      idx.similar(SimilarRequest.of(q.facts(), 3)).cases().forEach(c -> top.add(c.hit().id()));
      assertEquals(List.of(first, first + "-s1", first + "-s2").stream().sorted().toList(), top.stream().sorted().toList());
    }
  }

  @Test
  void anOccupiedOutputOrAMissingSourceIsRefusedAndNothingIsWritten() throws Exception {
    Path out = dir.resolve("taken");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "x");
    assertThrows(IllegalArgumentException.class, () -> build(out, 10, 1, new HashMap<>()));
    assertEquals(List.of("keep.txt"), Files.list(out).map(p -> p.getFileName().toString()).toList());
    Path none = dir.resolve("none");
    assertThrows(IllegalArgumentException.class,
        () -> new SyntheticIndex(dir.resolve("no-index"), 10, 1, 0.1).build(none, 64, System.out));
    assertFalse(Files.exists(none));
    assertThrows(IllegalArgumentException.class, () -> new SyntheticIndex(source, 0, 1, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new SyntheticIndex(source, 10, 1, -0.5));
  }

  @Test
  void perturbationShufflesSentencesScalesAmountsAndSwapsPlaces() {
    String facts = "2023年5月21日，被告人在翠湖区长安路窃得电动车三辆，价值6080元。后在岚山县被抓获。另查明其持有甲基苯丙胺3.5克。";
    FactsPerturbation p = new FactsPerturbation(List.of("翠屏区"));
    String out = p.perturb(facts, 11);
    assertEquals(List.of("翠湖区", "岚山县"), FactsPerturbation.places(facts));
    assertFalse(out.contains("翠湖区") || out.contains("岚山县"));
    assertEquals(2, FactsPerturbation.places(out).size());
    assertTrue(FactsPerturbation.places(out).stream().allMatch("翠屏区"::equals));
    assertFalse(out.contains("6080元"));
    assertTrue(out.matches("(?s).*\\d+元.*") && out.matches("(?s).*\\d+\\.\\d克.*"), out);
    assertEquals("价值3040元，1.8克", FactsPerturbation.scaleQuantities("价值6080元，3.5克", 0.5));
    assertEquals("1万元", FactsPerturbation.scaleQuantities("1万元", 0.5), "an integer rounds half up and stays ≥ 1");
    assertEquals(p.perturb(facts, 11), out);
    assertEquals(null, p.perturb(null, 1));
  }
}
