package org.xiezhi.corpus.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.xiezhi.corpus.cail.CailRecords;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.io.JsonLinesWriter;
import org.xiezhi.corpus.mask.PiiMasker;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;

/**
 * Ingests every source, each judgment through the one {@link IngestPipeline}, into {@code cases.jsonl}, {@code statutes.jsonl}, {@code charges.jsonl} and
 * {@code ingest-report.json} in the output folder (each written atomically). Judgments are parsed
 * and masked on several threads in batches; records are sorted by source and id before writing, so
 * a re-run over the same input writes the same bytes. A malformed record is rejected with a reason
 * and counted; it never stops the run. A run killed at any point is simply run again
 * ({@link IngestOutputs}: stale temporary files are removed, the report is written last).
 */
public final class CorpusIngest {
  /** The report, and the figures that vary from run to run (kept out of the report file). */
  public record Outcome(IngestReport report, long judgments, double seconds) {
    /** Seconds per 1,000 judgments. */
    public double secondsPerThousand() {
      return judgments == 0 ? 0 : seconds * 1000.0 / judgments;
    }
  }

  private final IngestSettings settings;
  private final IngestPipeline pipeline;
  private final PrintStream log;
  private final List<CaseRecord> cases = new ArrayList<>();
  private final List<IngestReport.Rejection> rejections = new ArrayList<>();
  private final Map<String, long[]> counts = new TreeMap<>();
  private final Map<String, Map<String, Long>> missingParts = new TreeMap<>();

  /** Masks every judgment under {@code settings.masking()}; {@code log} receives settings, progress and counts. */
  public CorpusIngest(IngestSettings settings, PrintStream log) {
    this(settings, PiiMasker.of(settings.masking())::forDocument, log);
  }

  /**
   * {@code maskers} gives a fresh document masker for each document, one that masks under
   * {@code settings.masking()} (the policy recorded in {@code masking.json}); {@code log} receives
   * settings, progress and counts.
   */
  public CorpusIngest(IngestSettings settings, Supplier<PiiMasker.DocumentMasker> maskers, PrintStream log) {
    this.settings = settings;
    this.pipeline = new IngestPipeline(maskers);
    this.log = log;
  }

  /** Runs the whole ingest and writes the four files. */
  public Outcome run() throws IOException {
    long t0 = System.nanoTime();
    log.print(settings.describe());
    int stale = IngestOutputs.prepare(settings.out());
    if (stale > 0) {
      log.printf(Locale.ROOT, "removed %d temporary files left by an interrupted run%n", stale);
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      for (Path dir : settings.dirs("lecard")) {
        readLecard(dir, pool);
      }
      for (Path dir : settings.dirs("text")) {
        readText("text", dir, pool);
      }
      for (Path dir : settings.dirs("demo")) {
        readText("demo", dir, pool);
      }
      for (Path dir : settings.dirs("cail2018")) {
        readCail(dir);
      }
    } finally {
      pool.shutdownNow();
    }
    long judgments = counts.values().stream().mapToLong(c -> c[0] + c[1] + c[2]).sum();
    cases.sort(Comparator.comparing(CaseRecord::source).thenComparing(CaseRecord::id, CorpusIngest::natural));
    Files.createDirectories(settings.out());
    List<String> caseIds = new ArrayList<>();
    try (JsonLinesWriter w = new JsonLinesWriter(settings.out().resolve("cases.jsonl"))) {
      for (CaseRecord r : cases) {
        w.write(r);
        caseIds.add(r.id());
      }
      w.commit();
    }
    MaskingRecord.write(settings.out(), settings.masking());
    IngestReport.Part statutes = LawRecords.writeStatutes(settings, log);
    IngestReport.Part charges = LawRecords.writeCharges(settings);
    LawRecords.writeGuidelines(settings, log);
    IngestReport report = report(statutes, charges);
    Path reportFile = settings.out().resolve("ingest-report.json");
    Path tmp = Files.createTempFile(settings.out(), "ingest-report.json", ".part");
    try {
      Files.writeString(
          tmp,
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n",
          java.nio.charset.StandardCharsets.UTF_8);
      Files.move(tmp, reportFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    for (String f : IngestOutputs.FILES) {
      readableByAll(settings.out().resolve(f));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Outcome o = new Outcome(report, judgments, seconds);
    printSummary(o);
    return o;
  }

  /** Batches of one source's judgments through the pipeline, counted here. */
  private JudgmentBatches batches(String source, ExecutorService pool) {
    return new JudgmentBatches(source, pool, pipeline, new JudgmentBatches.Sink() {
      @Override
      public void accepted(CaseRecord r) {
        CorpusIngest.this.accepted(r);
      }

      @Override
      public void rejected(String id, String reason) {
        reject(source, id, reason);
      }

      @Override
      public void batchDone() {
        progress(source, false);
      }
    });
  }

  private void readLecard(Path dir, ExecutorService pool) throws IOException {
    LecardCandidates source = new LecardCandidates(dir);
    log.println("lecard: reading " + source.location());
    JudgmentBatches b = batches("lecard", pool);
    source.forEach(
        new LecardCandidates.Sink() {
          @Override
          public void accept(RawJudgment j) {
            b.add(j);
          }

          @Override
          public void reject(String docId, String reason) {
            CorpusIngest.this.reject("lecard", docId, reason);
          }
        });
    b.flush();
  }

  /** Plain-text judgments of {@code kind} ({@code text} or {@code demo}, the record's source), ids {@code text-<stem>}. */
  private void readText(String kind, Path dir, ExecutorService pool) throws IOException {
    log.println(kind + ": reading " + dir);
    JudgmentBatches b = batches(kind, pool);
    TextJudgments.forEach(
        dir,
        new TextJudgments.Sink() {
          @Override
          public void accept(RawJudgment j) {
            b.add(j);
          }

          @Override
          public void reject(String stem, String reason) {
            CorpusIngest.this.reject(kind, "text-" + stem, reason);
          }
        });
    b.flush();
  }

  private void readCail(Path dir) throws IOException {
    log.println("cail2018: reading " + dir);
    CailRecords.readDir(
        dir,
        new CailRecords.Sink() {
          @Override
          public void accept(CaseRecord r) {
            try {
              accepted(pipeline.record(r));
            } catch (IngestPipeline.Rejected e) {
              CorpusIngest.this.reject("cail2018", r.id(), e.detail());
            }
          }

          @Override
          public void reject(String id, String reason) {
            CorpusIngest.this.reject("cail2018", id, reason);
          }
        });
    progress("cail2018", true);
  }

  private synchronized void accepted(CaseRecord r) {
    long[] c = counts.computeIfAbsent(r.source(), k -> new long[3]);
    if (r.missing().isEmpty()) {
      c[0]++;
    } else {
      c[1]++;
      Map<String, Long> m = missingParts.computeIfAbsent(r.source(), k -> new TreeMap<>());
      for (String part : r.missing()) {
        m.merge(part, 1L, Long::sum);
      }
    }
    cases.add(r);
  }

  private synchronized void reject(String source, String id, String reason) {
    counts.computeIfAbsent(source, k -> new long[3])[2]++;
    rejections.add(new IngestReport.Rejection(source, id, reason));
  }

  private void progress(String source, boolean done) {
    long[] c = counts.getOrDefault(source, new long[3]);
    log.printf(
        Locale.ROOT, "%s: %d records (%d parsed, %d with parts missing, %d rejected)%s%n",
        source, c[0] + c[1] + c[2], c[0], c[1], c[2], done ? " done" : "");
  }

  /** Temporary files are created owner-only; the outputs are meant to be shared. */
  private static void readableByAll(Path p) throws IOException {
    try {
      Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep its defaults
    }
  }

  private IngestReport report(IngestReport.Part statutes, IngestReport.Part charges) {
    Map<String, IngestReport.Counts> by = new TreeMap<>();
    long[] total = new long[3];
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      by.put(e.getKey(), new IngestReport.Counts(c[0] + c[1] + c[2], c[0], c[1], c[2],
          missingParts.getOrDefault(e.getKey(), Map.of())));
      for (int i = 0; i < 3; i++) {
        total[i] += c[i];
      }
    }
    rejections.sort(Comparator.comparing(IngestReport.Rejection::source)
        .thenComparing(IngestReport.Rejection::id, CorpusIngest::natural));
    List<IngestReport.Source> sources = new ArrayList<>();
    for (IngestSettings.Source s : settings.sources()) {
      sources.add(new IngestReport.Source(s.kind(), s.dir().toString()));
    }
    return new IngestReport(
        sources,
        new IngestReport.Counts(total[0] + total[1] + total[2], total[0], total[1], total[2], null),
        by, List.copyOf(rejections), statutes, charges);
  }

  private void printSummary(Outcome o) {
    IngestReport r = o.report();
    log.printf(Locale.ROOT, "cases: %d parsed, %d parsed with named parts missing, %d rejected%n",
        r.cases().parsed(), r.cases().parsedWithMissing(), r.cases().rejected());
    for (Map.Entry<String, IngestReport.Counts> e : r.bySource().entrySet()) {
      IngestReport.Counts c = e.getValue();
      log.printf(Locale.ROOT, "  %s: %d parsed, %d with parts missing %s, %d rejected%n", e.getKey(),
          c.parsed(), c.parsedWithMissing(), c.missingParts(), c.rejected());
    }
    for (IngestReport.Rejection x : r.rejections()) {
      log.printf(Locale.ROOT, "  rejected %s %s: %s%n", x.source(), x.id(), x.reason());
    }
    log.printf(Locale.ROOT, "statutes: %d articles, %d problems%n", r.statutes().records(), r.statutes().problems().size());
    r.statutes().problems().forEach(p -> log.println("  problem: " + p));
    log.printf(Locale.ROOT, "charges: %d entries, %d problems%n", r.charges().records(), r.charges().problems().size());
    r.charges().problems().forEach(p -> log.println("  problem: " + p));
    log.printf(Locale.ROOT, "time: %.1f s for %d records (%.2f s per 1,000 judgments)%n",
        o.seconds(), o.judgments(), o.secondsPerThousand());
  }

  /** Compares ids with digit runs as numbers: cail-test-9 before cail-test-10. */
  static int natural(String a, String b) {
    return NaturalOrder.compare(a, b);
  }
}
