package org.xiezhi.corpus.mask;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;

/**
 * Prints how fast the masker runs over every field of all LeCaRD judgments, on one thread: the
 * archive is read into memory first, then run once untimed to count spans (and warm the JIT up), then
 * masked twice with timing. Run: {@code java -cp … org.xiezhi.corpus.mask.MaskingBenchmark}.
 */
public final class MaskingBenchmark {
  private MaskingBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path lecard = SharedData.require("lecard");
    java.util.List<RawJudgment> docs = new java.util.ArrayList<>();
    long t0 = System.nanoTime();
    new LecardCandidates(lecard)
        .forEach(
            new LecardCandidates.Sink() {
              @Override
              public void accept(RawJudgment j) {
                docs.add(j);
              }

              @Override
              public void reject(String docId, String reason) {
                System.out.println("rejected " + docId + ": " + reason);
              }
            });
    System.out.printf(
        Locale.ROOT, "read %d judgments in %.1f s%n", docs.size(), (System.nanoTime() - t0) / 1e9);
    long chars = 0;
    for (RawJudgment j : docs) {
      for (String f : FieldTexts.of(j)) {
        chars += f == null ? 0 : f.length();
      }
    }
    Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
    for (RawJudgment j : docs) {
      PiiMasker.DocumentMasker m = PiiMasker.standard().forDocument(j.fullText());
      for (String f : FieldTexts.of(j)) {
        for (PiiSpan s : m.find(f)) {
          counts.merge(s.type(), 1, Integer::sum);
        }
      }
    }
    System.out.println("spans found (warm-up pass, all fields): " + counts);
    for (int pass = 1; pass <= 2; pass++) {
      long start = System.nanoTime();
      long out = 0;
      for (RawJudgment j : docs) {
        PiiMasker.DocumentMasker m = PiiMasker.standard().forDocument(j.fullText());
        for (String f : FieldTexts.of(j)) {
          String masked = m.mask(f);
          out += masked == null ? 0 : masked.length();
        }
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "timed pass %d: %d judgments, %d chars in (all fields), %d out; learn+mask %.1f s ="
              + " %.2f M chars/s, %.2f ms per judgment%n",
          pass, docs.size(), chars, out, secs, chars / secs / 1e6, secs * 1000 / docs.size());
    }
  }
}
