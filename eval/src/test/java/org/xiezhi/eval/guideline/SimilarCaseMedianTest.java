package org.xiezhi.eval.guideline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.advisor.Advisor;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.corpus.model.SentenceWords;
import org.xiezhi.advisor.sentencing.guideline.GuidelineBook;
import org.xiezhi.corpus.ingest.IngestPipeline;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.CaseSource;
import org.xiezhi.indexer.IndexBuilder;
import org.xiezhi.indexer.analysis.LegalDictionary;

/**
 * The similar-case median column of {@code eval guideline} on a small index of the first LeCaRD
 * judgments (masked by the ingest pipeline, keyword search only), with a planted duplicate of one
 * judgment under another id: the judgment itself and its duplicate never vote, so the median is the
 * one an index without the duplicate gives, and the table shows the column beside the guideline.
 */
class SimilarCaseMedianTest {
  static final int JUDGMENTS = 400;
  static List<CaseRecord> records = new ArrayList<>();
  static StatuteBook statutes;
  static GuidelineBook book;
  @TempDir static Path tmp;

  @BeforeAll
  static void load() throws IOException {
    IngestPipeline pipeline = IngestPipeline.standard();
    Map<String, Boolean> seen = new HashMap<>();
    try {
      new LecardCandidates(SharedData.require("lecard")).forEach(new LecardCandidates.Sink() {
        @Override
        public void accept(RawJudgment j) {
          if (records.size() >= JUDGMENTS) {
            throw new IllegalStateException("enough");
          }
          if (seen.putIfAbsent(j.docId(), true) == null) {
            try {
              records.add(pipeline.judgment("lecard", j));
            } catch (RuntimeException e) {
              // a judgment the parser refuses is left out, as the ingest does
            }
          }
        }

        @Override
        public void reject(String docId, String reason) {}
      });
    } catch (IllegalStateException enough) {
      // read as many as needed
    }
    Path laws = SharedData.require("laws");
    statutes = StatuteBook.fromLaws(laws, null, SharedData.require("lecard").resolve("criminal_charges.txt"));
    book = GuidelineBook.fromLaws(laws).orElseThrow();
  }

  private static Path index(String name, List<CaseRecord> cases) throws IOException {
    Path dir = tmp.resolve(name);
    IndexBuilder.build(IndexBuilder.Settings.defaults(dir), CaseSource.of("first LeCaRD judgments", cases), null, LegalDictionary.builtIn(), null, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return dir;
  }

  /** A single-defendant, single-charge judgment with a fixed term whose charge has at least five other judgments. */
  private static CaseRecord query() {
    Map<String, Integer> perCharge = new HashMap<>();
    for (CaseRecord r : records) {
      if (r.charges().size() == 1) {
        perCharge.merge(statutes.canonical(r.charges().get(0)), 1, Integer::sum);
      }
    }
    for (CaseRecord r : records) {
      if (r.defendants().size() == 1 && r.charges().size() == 1 && r.caseNumber() != null && r.facts() != null
          && perCharge.get(statutes.canonical(r.charges().get(0))) >= 6) {
        Sentence s = r.defendants().get(0).sentence();
        if (s != null && SentenceWords.months(s) != null) {
          return r;
        }
      }
    }
    throw new AssertionError("no judgment fit for the test among the first " + records.size());
  }

  private static CaseRecord duplicate(CaseRecord r) {
    return new CaseRecord("dup-" + r.id(), r.source(), r.title(), r.court(), r.region(), r.caseNumber(), r.documentType(),
        r.procedure(), r.date(), r.year(), r.facts(), r.reasoning(), r.result(), r.fullText(), r.charges(), r.articles(),
        r.citations(), r.defendants(), r.missing());
  }

  @Test
  void theJudgmentAndItsDuplicatesNeverVote() throws IOException {
    CaseRecord q = query();
    String charge = q.charges().get(0);
    List<CaseRecord> withDup = new ArrayList<>(records);
    withDup.add(duplicate(q));
    try (CaseIndex dup = CaseIndex.open(index("with-duplicate", withDup), null);
        CaseIndex plain = CaseIndex.open(index("plain", records), null)) {
      SimilarCaseMedian m = new SimilarCaseMedian(dup, statutes, 5);
      List<Integer> terms = m.terms(q.id(), q.caseNumber(), q.facts(), charge);
      assertEquals(2, m.excluded(), "the judgment and its planted duplicate are left out, nothing else");
      assertFalse(terms.isEmpty(), "its same-charge neighbours have fixed terms");
      assertTrue(terms.size() >= 1 && terms.size() <= 5 * 4, "at most the sentences of five cases: " + terms);
      SimilarCaseMedian p = new SimilarCaseMedian(plain, statutes, 5);
      // the same cases vote; their order may differ, as the duplicate moves every other case one BM25
      // place down (a feature of the ranker) and the median does not depend on the order
      List<Integer> plainTerms = new ArrayList<>(p.terms(q.id(), q.caseNumber(), q.facts(), charge));
      List<Integer> dupTerms = new ArrayList<>(terms);
      plainTerms.sort(Integer::compare);
      dupTerms.sort(Integer::compare);
      assertEquals(plainTerms, dupTerms, "the duplicate changes nothing");
      assertEquals(1, p.excluded(), "without the duplicate only the judgment itself is left out");
      OptionalDouble med = m.median(q.id(), q.caseNumber(), q.facts(), charge);
      List<Integer> sorted = new ArrayList<>(terms);
      sorted.sort(Integer::compare);
      double expect = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
          : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
      assertEquals(expect, med.orElseThrow(), 1e-9);
    }
  }

  @Test
  void theTableShowsTheSimilarMedianBesideTheGuideline() throws IOException {
    List<GuidelineLecardEvaluation.Kept> kept = new ArrayList<>();
    for (CaseRecord r : records) {
      if (r.defendants().size() != 1 || r.charges().size() != 1 || r.facts() == null) {
        continue;
      }
      Sentence s = r.defendants().get(0).sentence();
      Integer months = s == null ? null : SentenceWords.months(s);
      var crime = book.crime(r.charges().get(0));
      if (months != null && months > 0 && crime.isPresent()) {
        kept.add(new GuidelineLecardEvaluation.Kept(r.id(), r.caseNumber(), r.charges().get(0), crime.get().rule().crime(),
            r.facts(), r.reasoning(), months));
      }
    }
    assertTrue(kept.size() >= 20, "enough guideline judgments among the first " + records.size() + ": " + kept.size());
    try (CaseIndex idx = CaseIndex.open(index("table", records), null)) {
      SimilarCaseMedian m = new SimilarCaseMedian(idx, statutes, 10);
      Advisor advisor = new Advisor(statutes, null, null, 10, book);
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      var by = GuidelineLecardEvaluation.guideline(kept, advisor, false, null, k -> {
        try {
          return m.median(k.id(), k.caseNumber(), k.facts(), k.ownCharge());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, new PrintStream(buf, true, StandardCharsets.UTF_8));
      String table = buf.toString(StandardCharsets.UTF_8);
      assertTrue(table.contains("| similar median n | similar log-dist | similar within ±25% |"), table);
      int simN = by.values().stream().mapToInt(t -> t.simN).sum();
      int applies = by.values().stream().mapToInt(t -> t.applies).sum();
      assertTrue(simN > applies / 2 && simN <= applies, "a median for most judgments the guideline applies to: " + simN + " of " + applies);
      assertTrue(m.excluded() >= simN, "each judgment found itself and was left out: " + m.excluded() + " < " + simN);
      double meanLog = by.values().stream().mapToDouble(t -> t.simLogSum).sum() / simN;
      assertTrue(meanLog > 0.05 && meanLog < 2.0, "a plausible log-distance, not zero (its own term): " + meanLog);
    }
  }
}
