package org.xiezhi.indexer.ops;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.analysis.LegalDictionary;

class DataDirBackupTest {
  private static final List<String> QUERIES = List.of("盗窃 手机", "醉酒 驾驶 机动车", "诈骗 钱款", "故意伤害 轻伤");
  private static final String[] FACTS = {
      "被告人%s于%d年在商场内趁被害人不备，盗窃其手机一部，价值%d元。",
      "被告人%s于%d年醉酒后驾驶机动车在道路上行驶，血液酒精含量为%dmg/100ml。",
      "被告人%s于%d年以投资为名骗取被害人钱款共计%d元，用于个人挥霍，构成诈骗。",
      "被告人%s于%d年因琐事与被害人发生争执，持木棍将其打伤，经鉴定为轻伤二级，赔偿%d元。"};
  private static final String[] CHARGES = {"盗窃罪", "危险驾驶罪", "诈骗罪", "故意伤害罪"};

  @TempDir Path tmp;

  @Test
  void backupWhileWritingRestoresTheCommittedResultsAndRefusesADamagedBackup() throws Exception {
    Path data = tmp.resolve("data");
    Path indexDir = data.resolve("index");
    Random rnd = new Random(8);
    Files.createDirectories(data.resolve("corpus"));
    Files.createDirectories(data.resolve("models/charge-linear/1"));
    Files.writeString(data.resolve("models/charge-linear/1/model-card.md"), "# 虚构模型\n", StandardCharsets.UTF_8);
    StringBuilder jsonl = new StringBuilder();
    IndexMeta meta = new IndexMeta(IndexMeta.FORMAT, "hanlp", "cjk-bigram", "test", null, null, "truncate", 510, 0.9f, 0.4f);
    Map<Long, List<String>> resultsAtCommit = new ConcurrentHashMap<>();
    AtomicInteger written = new AtomicInteger();
    try (CaseIndex idx = CaseIndex.create(indexDir, meta, LegalDictionary.builtIn(), null, 16)) {
      for (int i = 0; i < 40; i++) {
        CaseRecord r = fictional("base-" + i, rnd);
        idx.upsert(r);
        jsonl.append(Json.mapper().writeValueAsString(r)).append('\n');
      }
      Files.writeString(data.resolve("corpus/cases.jsonl"), jsonl, StandardCharsets.UTF_8);
      commitAndRecord(idx, resultsAtCommit);
      AtomicBoolean stop = new AtomicBoolean();
      Thread writer = new Thread(() -> {
        Random wr = new Random(9);
        try {
          while (!stop.get()) {
            idx.upsert(fictional("extra-" + written.get(), wr));
            commitAndRecord(idx, resultsAtCommit);
            written.incrementAndGet();
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      writer.start();
      while (written.get() < 5) {
        Thread.sleep(5);
      }
      DataDirBackup.Result b = DataDirBackup.backup(data, tmp.resolve("backups/b1"));
      int atBackupEnd = written.get();
      while (written.get() < atBackupEnd + 5) {
        Thread.sleep(5);
      }
      stop.set(true);
      writer.join();
      BackupManifest m = b.manifest();
      assertEquals(1, m.commits().size());
      BackupManifest.Commit c = m.commits().get(0);
      assertEquals("index/lucene", c.dir());
      System.out.printf(Locale.ROOT, "backup: %d files, %d bytes, commit %s (%d docs, %d tries) in %d ms while %d commits were made%n",
          m.files().size(), m.totalBytes(), c.segmentsFile(), c.maxDoc(), c.copyAttempts(), b.millis(), written.get());
      assertTrue(m.files().stream().anyMatch(f -> f.path().equals("corpus/cases.jsonl")));
      assertTrue(m.files().stream().anyMatch(f -> f.path().equals("models/charge-linear/1/model-card.md")));
      assertTrue(m.files().stream().anyMatch(f -> f.path().equals("index/index-meta.json")));
      assertTrue(m.files().stream().noneMatch(f -> f.path().endsWith("write.lock")));
      assertTrue(resultsAtCommit.containsKey(c.generation()), "backup copied commit " + c.generation() + " that the writer made");
      assertTrue(c.maxDoc() > 40 && c.maxDoc() < 40 + written.get(), "the backup holds a commit made while writing: " + c.maxDoc());
      assertEquals(m.files().size(), DataDirRestore.verify(b.target()).files().size());

      Path restored = tmp.resolve("restored");
      DataDirRestore.Result r = DataDirRestore.restore(b.target(), restored, false);
      System.out.printf(Locale.ROOT, "restore: %d files in %d ms%n", r.manifest().files().size(), r.millis());
      List<String> expected = resultsAtCommit.get(c.generation());
      assertEquals(expected, results(restored.resolve("index")));
      assertEquals(Files.readString(data.resolve("corpus/cases.jsonl")), Files.readString(restored.resolve("corpus/cases.jsonl")));

      // a damaged backup is refused before anything is replaced, and nothing is left half-written
      Path victim = b.target().resolve("data/corpus/cases.jsonl");
      byte[] bytes = Files.readAllBytes(victim);
      bytes[10] ^= 1;
      Files.write(victim, bytes);
      IOException e = assertThrows(IOException.class, () -> DataDirRestore.restore(b.target(), restored, true));
      assertTrue(e.getMessage().contains("corpus/cases.jsonl"), e.getMessage());
      assertThrows(IOException.class, () -> DataDirRestore.verify(b.target()));
      assertEquals(expected, results(restored.resolve("index")));
      try (Stream<Path> s = Files.list(tmp)) {
        assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList());
      }
      // a non-empty data directory is replaced only when asked
      IOException notEmpty = assertThrows(IOException.class, () -> DataDirRestore.restore(b.target(), data, false));
      assertTrue(notEmpty.getMessage().contains("--replace"), notEmpty.getMessage());
    }
  }

  private static void commitAndRecord(CaseIndex idx, Map<Long, List<String>> out) throws IOException {
    idx.commit();
    idx.refresh();
    long gen;
    try (FSDirectory d = FSDirectory.open(idx.dataDir().resolve("lucene"))) {
      gen = SegmentInfos.readLatestCommit(d).getGeneration();
    }
    out.put(gen, results(idx));
  }

  private static List<String> results(Path indexDir) throws IOException {
    try (CaseIndex idx = CaseIndex.open(indexDir, null)) {
      return results(idx);
    }
  }

  private static List<String> results(CaseIndex idx) throws IOException {
    List<String> out = new ArrayList<>();
    out.add("counts " + idx.counts()[0]);
    for (String q : QUERIES) {
      var res = idx.search(new SearchRequest(q, SearchRequest.Mode.KEYWORD, null, 20, false, false));
      StringBuilder sb = new StringBuilder(q).append(" total ").append(res.total()).append(':');
      res.hits().forEach(h -> sb.append(' ').append(h.id()).append(String.format(Locale.ROOT, "=%.4f", h.score())));
      out.add(sb.toString());
    }
    return out;
  }

  private static CaseRecord fictional(String id, Random rnd) {
    int k = rnd.nextInt(FACTS.length);
    String name = "某" + (char) ('甲' + rnd.nextInt(10));
    String facts = String.format(Locale.ROOT, FACTS[k], name, 2010 + rnd.nextInt(12), 100 + rnd.nextInt(90000));
    return new CaseRecord(id, "test", "虚构刑事判决书 " + id, "虚构县人民法院", "虚构省", "(2020)虚刑初" + id + "号",
        "判决书", "一审", "2020-01-01", 2020, facts, "本院认为，被告人行为构成" + CHARGES[k] + "。", "判处有期徒刑六个月。",
        facts, List.of(CHARGES[k]), List.of(), null, null, null);
  }
}
