package org.xiezhi.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.io.JsonLinesReader;
import org.xiezhi.corpus.mask.PiiMasker;
import org.xiezhi.corpus.model.CaseRecord;

/** End to end over the fictional fixtures in {@code src/test/resources/ingest} (see {@link IngestFixtures}). */
class CorpusIngestTest {
  private static Path fixture(String name) {
    return IngestFixtures.source(name);
  }

  private static CorpusIngest.Outcome ingest(Path out, ByteArrayOutputStream log) throws Exception {
    IngestSettings s = new IngestSettings(
        List.of(
            new IngestSettings.Source("lecard", fixture("lecard")),
            new IngestSettings.Source("cail2018", fixture("cail2018")),
            new IngestSettings.Source("text", fixture("text")),
            new IngestSettings.Source("laws", fixture("laws"))),
        out, 2);
    PiiMasker masker = PiiMasker.standard();
    return new CorpusIngest(s, masker::forDocument, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
  }

  @Test
  void ingestsEverySourceCountsOutcomesAndRerunsIdentically(@TempDir Path tmp) throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path out = tmp.resolve("out");
    CorpusIngest.Outcome o = ingest(out, log);
    String printed = log.toString(StandardCharsets.UTF_8);

    List<CaseRecord> cases = JsonLinesReader.readAll(out.resolve("cases.jsonl"), CaseRecord.class);
    assertEquals(
        List.of("cail-test-1", "cail-train-1", "cail-train-3", "101", "102", "text-a-theft", "text-b-appeal"),
        cases.stream().map(CaseRecord::id).toList());
    CaseRecord lecard = cases.get(3);
    assertEquals("lecard", lecard.source());
    assertEquals(List.of("危险驾驶罪"), lecard.charges());
    assertEquals(List.of("刑法第133条之一", "刑法第67条", "刑法第52条"), lecard.articles());
    assertEquals("detention", lecard.defendants().get(0).sentence().type());
    assertEquals(List.of("抢劫罪"), cases.get(4).charges());
    assertEquals(List.of("剥夺政治权利12个月"), cases.get(4).defendants().get(0).sentence().additional());
    assertEquals(List.of("故意杀人罪"), cases.get(2).charges());
    assertEquals(2, cases.get(5).defendants().size());

    IngestReport r = o.report();
    // lecard: 101 and 102 parsed (101 twice in the pools, delivered once), 103 unreadable, 104 no text.
    assertCounts(r.bySource().get("lecard"), 2, 0, 2);
    // cail2018: train lines 1 and 3 and the test line parsed; line 2 broken JSON, line 4 no fact.
    assertCounts(r.bySource().get("cail2018"), 3, 0, 2);
    // text: a parsed; b parsed without a region (江南省 is no province); c no judgment; d not UTF-8.
    assertCounts(r.bySource().get("text"), 1, 1, 2);
    assertEquals(Map.of("region", 1L), r.bySource().get("text").missingParts());
    assertEquals(13, r.cases().total());
    assertEquals(6, r.rejections().size());
    assertEquals("103", r.rejections().stream().filter(x -> x.source().equals("lecard")).findFirst().get().id());
    assertTrue(r.rejections().stream().anyMatch(x -> x.id().equals("text-d-binary") && x.reason().equals("not UTF-8 text")));
    assertTrue(r.rejections().stream().anyMatch(x -> x.id().equals("cail-train-2") && x.reason().startsWith("unreadable JSON")));
    assertTrue(printed.contains("source lecard = "), printed);
    assertTrue(printed.contains("cases: 6 parsed, 1 parsed with named parts missing, 6 rejected"), printed);
    assertTrue(printed.contains("rejected text text-c-notes: not a judgment"), printed);
    assertTrue(printed.contains("per 1,000 judgments"), printed);
    // laws: the fictional Criminal Law's three articles; it has no charge-name opinion, so the
    // catalogue reports a problem instead of stopping the run.
    List<String> statutes = Files.readAllLines(out.resolve("statutes.jsonl"), StandardCharsets.UTF_8);
    assertEquals(3, statutes.size(), String.join("\n", statutes));
    assertEquals(3, r.statutes().records());
    assertTrue(statutes.get(2).contains("\"label\":\"刑法第2条之一\""), statutes.get(2));
    assertTrue(Files.isRegularFile(out.resolve("charges.jsonl")));
    assertEquals(r.charges().records(),
        Files.readAllLines(out.resolve("charges.jsonl"), StandardCharsets.UTF_8).size());

    // A second run over the same input writes the same bytes.
    Path out2 = tmp.resolve("out2");
    ingest(out2, new ByteArrayOutputStream());
    for (String f : new String[] {"cases.jsonl", "statutes.jsonl", "charges.jsonl"}) {
      assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(out2.resolve(f)), f);
    }
    assertEquals(Files.readString(out.resolve("ingest-report.json")),
        Files.readString(out2.resolve("ingest-report.json")));
    try (var s = Files.list(out)) {
      assertEquals(IngestOutputs.FILES.size(), s.count(), "no temporary file left behind");
    }
    assertEquals("{\"policy\":\"public\",\"rules\":\"法释〔2016〕19号\"}\n",
        Files.readString(out.resolve("masking.json"), StandardCharsets.UTF_8), "the policy the cases were masked under");
  }

  @Test
  void everyTextFieldGoesThroughOneDocumentMasker(@TempDir Path tmp) throws Exception {
    // A masker that counts the documents it was asked for and marks every text it masks.
    int[] documents = new int[1];
    java.util.function.Supplier<PiiMasker.DocumentMasker> marking = () -> {
      synchronized (documents) {
        documents[0]++;
      }
      return new PiiMasker.DocumentMasker() {
        @Override
        public String mask(String text) {
          return "⟦" + text + "⟧";
        }

        @Override
        public void learn(String text) {}

        @Override
        public List<org.xiezhi.corpus.mask.PiiSpan> find(String text) {
          return List.of();
        }

        @Override
        public Map<String, String> maskedNames() {
          return Map.of();
        }
      };
    };
    IngestSettings s = new IngestSettings(
        List.of(new IngestSettings.Source("text", fixture("text"))), tmp.resolve("o"), 1);
    new CorpusIngest(s, marking, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    CaseRecord r = JsonLinesReader.readAll(tmp.resolve("o/cases.jsonl"), CaseRecord.class).get(0);
    for (String t : new String[] {r.title(), r.court(), r.facts(), r.reasoning(), r.result(), r.fullText(),
        r.defendants().get(0).name()}) {
      assertTrue(t.startsWith("⟦") && t.endsWith("⟧"), t);
    }
    assertEquals(2, documents[0]);
  }

  @Test
  void badSettingsAreRefusedWithTheReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IngestSettings.parseSource("lecard"));
    assertTrue(e.getMessage().contains("KIND=DIR"));
    e = assertThrows(IllegalArgumentException.class,
        () -> new IngestSettings(List.of(new IngestSettings.Source("pdf", Path.of("."))), Path.of("o"), 1));
    assertTrue(e.getMessage().contains("unknown kind 'pdf'"));
    e = assertThrows(IllegalArgumentException.class,
        () -> new IngestSettings(List.of(new IngestSettings.Source("text", Path.of("no-such-dir"))), Path.of("o"), 1));
    assertTrue(e.getMessage().contains("not a folder"));
    assertThrows(IllegalArgumentException.class, () -> new IngestSettings(List.of(), Path.of("o"), 1));
  }

  @Test
  void naturalOrderOfIds() {
    assertTrue(CorpusIngest.natural("cail-test-9", "cail-test-10") < 0);
    assertTrue(CorpusIngest.natural("101", "99") > 0);
    assertEquals(0, CorpusIngest.natural("a1", "a1"));
  }

  private static void assertCounts(IngestReport.Counts c, long parsed, long withMissing, long rejected) {
    assertEquals(parsed, c.parsed(), "parsed " + c);
    assertEquals(withMissing, c.parsedWithMissing(), "with missing " + c);
    assertEquals(rejected, c.rejected(), "rejected " + c);
  }
  @Test
  void demoJudgmentsAreReadLikeTextAndLabelledDemo(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    PiiMasker masker = PiiMasker.standard();
    IngestSettings s = new IngestSettings(List.of(new IngestSettings.Source("demo", fixture("text"))), out, 1);
    CorpusIngest.Outcome o = new CorpusIngest(s, masker::forDocument,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    List<CaseRecord> cases = JsonLinesReader.readAll(out.resolve("cases.jsonl"), CaseRecord.class);
    assertEquals(List.of("text-a-theft", "text-b-appeal"), cases.stream().map(CaseRecord::id).toList());
    assertTrue(cases.stream().allMatch(c -> c.source().equals("demo")), cases.toString());
    assertCounts(o.report().bySource().get("demo"), 1, 1, 2);
    assertTrue(o.report().rejections().stream().anyMatch(x -> x.id().equals("text-d-binary") && x.source().equals("demo")));
  }
}
