package org.xiezhi.advisor.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.advisor.port.SimilarCase;
import org.xiezhi.advisor.port.SimilarCases;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.CaseSource;
import org.xiezhi.indexer.IndexBuilder;
import org.xiezhi.indexer.analysis.LegalDictionary;

/** {@link RecentSimilarCases} over the real index of the 42 demo judgments. */
class RecentSimilarCasesTest {
  static final String THEFT = "被告人趁夜间无人之机，撬开被害人停放在小区楼下的电动自行车车锁，将车骑走，经鉴定价值人民币3200元。";
  static final String DRUNK = "被告人饮酒后驾驶小型轿车在道路上行驶，被执勤民警查获，经鉴定其血液中乙醇含量为180mg/100ml。";

  @TempDir static Path tmp;
  static CaseIndex index;
  static IndexSimilarCases real;

  /** Counts the searches that reach the index. */
  static final class Counted implements SimilarCases {
    final AtomicInteger searches = new AtomicInteger();

    @Override
    public List<SimilarCase> find(String facts, String charge, int k) {
      searches.incrementAndGet();
      return real.find(facts, charge, k);
    }
  }

  @BeforeAll
  static void build() throws IOException {
    List<CaseRecord> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "demo", "judgments"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        cases.add(JudgmentParser.parseText(f.getFileName().toString().replace(".txt", ""),
            Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    assertEquals(42, cases.size());
    IndexBuilder.build(IndexBuilder.Settings.defaults(tmp.resolve("index")), CaseSource.of("demo judgments", cases), List.of(), LegalDictionary.builtIn(), null, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    index = CaseIndex.open(tmp.resolve("index"), null);
    real = new IndexSimilarCases(index, StatuteBook.fromLaws(org.xiezhi.corpus.source.SharedData.dataDir().resolve("laws"), null, null));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void concurrentIdenticalQuestionsShareOneSearchWithTheSameAnswer() throws Exception {
    Counted counted = new Counted();
    RecentSimilarCases recent = new RecentSimilarCases(counted);
    List<SimilarCase> expected = real.find(THEFT, "盗窃罪", 10);
    assertFalse(expected.isEmpty(), "the demo corpus holds thefts");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SimilarCase>>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(pool.submit(() -> recent.find(THEFT, "盗窃罪", 10)));
      }
      for (Future<List<SimilarCase>> f : calls) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, counted.searches.get(), "eight calls, one search");
    recent.find(THEFT, null, 10);
    recent.find(THEFT, "盗窃罪", 5);
    recent.find(DRUNK, "危险驾驶罪", 10);
    assertEquals(4, counted.searches.get(), "another charge, k or facts is another question");
    assertThrows(UnsupportedOperationException.class, () -> recent.find(THEFT, "盗窃罪", 10).clear(),
        "a shared answer cannot be changed by one caller");
  }

  @Test
  void anAnswerIsKeptOnlyForItsRetentionAndItsCapacity() {
    Counted counted = new Counted();
    AtomicLong now = new AtomicLong(1_000_000);
    RecentSimilarCases recent = new RecentSimilarCases(counted, 2, 2_000, now::get);
    recent.find(THEFT, "盗窃罪", 10);
    now.addAndGet(1_500);
    recent.find(THEFT, "盗窃罪", 10);
    assertEquals(1, counted.searches.get(), "within two seconds the answer is shared");
    now.addAndGet(600);
    recent.find(THEFT, "盗窃罪", 10);
    assertEquals(2, counted.searches.get(), "after two seconds the index is asked again");
    recent.find(DRUNK, "危险驾驶罪", 10);
    recent.find(THEFT, null, 10);
    recent.find(THEFT, "盗窃罪", 10);
    assertEquals(5, counted.searches.get(), "with room for two questions, the third pushed the first out");
  }

  @Test
  void aFailedSearchIsNotKept() {
    AtomicInteger calls = new AtomicInteger();
    RecentSimilarCases recent = new RecentSimilarCases((facts, charge, k) -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("index closed");
      }
      return real.find(facts, charge, k);
    });
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> recent.find(THEFT, "盗窃罪", 10));
    assertEquals("index closed", e.getMessage());
    assertEquals(real.find(THEFT, "盗窃罪", 10), recent.find(THEFT, "盗窃罪", 10));
    assertEquals(2, calls.get());
  }
}
