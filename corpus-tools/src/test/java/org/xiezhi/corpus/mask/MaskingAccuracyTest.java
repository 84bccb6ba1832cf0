package org.xiezhi.corpus.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;

/**
 * Precision and recall of the masker per type on hand-labelled windows of real LeCaRD judgments
 * ({@code masking-labels.tsv}: offsets and SHA-256 only, no personal data). A label is found when
 * spans of its type cover all its characters; a masker span inside a window is right when it
 * overlaps a label of its type. Spans and labels belong to the window they start in.
 */
class MaskingAccuracyTest {
  record Window(String doc, String field, int start, int end) {}

  record Label(String doc, String field, int offset, int length, PiiType type, String sha) {}

  /** Floors set from the measured figures (see docs/masking.md); per type: precision, recall. */
  private static final Map<PiiType, double[]> FLOORS =
      Map.of(
          PiiType.PERSON_NAME, new double[] {0.85, 0.9},
          PiiType.ID_NUMBER, new double[] {0.95, 0.95},
          PiiType.PHONE, new double[] {0.95, 0.85},
          PiiType.BANK_ACCOUNT, new double[] {0.75, 0.95},
          PiiType.LICENCE_PLATE, new double[] {0.95, 0.8},
          PiiType.ADDRESS, new double[] {0.8, 0.95});

  @Test
  void precisionAndRecallPerTypeOnLabelledSample() throws IOException {
    List<Window> windows = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("masking-labels.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f[0].equals("window")) {
          windows.add(new Window(f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4])));
        } else if (f[0].equals("span")) {
          labels.add(new Label(f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]),
              PiiType.valueOf(f[5]), f[6]));
        }
      }
    }
    assertTrue(windows.stream().map(Window::doc).distinct().count() >= 30, "need 30 judgments");
    Map<String, RawJudgment> docs = new HashMap<>();
    new LecardCandidates(SharedData.require("lecard"))
        .forEach(
            new LecardCandidates.Sink() {
              @Override
              public void accept(RawJudgment j) {
                if (windows.stream().anyMatch(w -> w.doc().equals(j.docId()))) {
                  docs.put(j.docId(), j);
                }
              }

              @Override
              public void reject(String docId, String reason) {}
            });
    Map<PiiType, int[]> c = new EnumMap<>(PiiType.class); // tp-precision, fp, tp-recall, fn
    for (PiiType t : PiiType.values()) {
      c.put(t, new int[4]);
    }
    for (Window w : windows) {
      RawJudgment j = docs.get(w.doc());
      assertTrue(j != null, "judgment " + w.doc() + " missing from ../shared/data/lecard");
      String text = FieldTexts.field(j, w.field());
      List<Label> mine =
          labels.stream().filter(l -> l.doc().equals(w.doc()) && l.field().equals(w.field())
              && l.offset() >= w.start() && l.offset() < w.end()).toList();
      for (Label l : mine) {
        assertEquals(l.sha(), sha256(text.substring(l.offset(), l.offset() + l.length())),
            "label text changed at " + l);
      }
      PiiMasker.DocumentMasker m =
          PiiMasker.of(MaskingPolicy.INTERNAL).forDocument(j.fullText(), j.basicFacts(), j.reasoning(), j.result());
      List<PiiSpan> spans =
          m.find(text).stream().filter(s -> s.start() >= w.start() && s.start() < w.end()).toList();
      for (PiiSpan s : spans) {
        boolean right = mine.stream().anyMatch(l -> l.type() == s.type()
            && s.start() < l.offset() + l.length() && l.offset() < s.end());
        c.get(s.type())[right ? 0 : 1]++;
      }
      for (Label l : mine) {
        boolean covered = true;
        for (int i = l.offset(); i < l.offset() + l.length() && covered; i++) {
          int at = i;
          covered = spans.stream().anyMatch(s -> s.type() == l.type() && s.start() <= at && at < s.end());
        }
        c.get(l.type())[covered ? 2 : 3]++;
      }
    }
    StringBuilder failures = new StringBuilder();
    for (PiiType t : PiiType.values()) {
      int[] k = c.get(t);
      double p = k[0] + k[1] == 0 ? Double.NaN : k[0] / (double) (k[0] + k[1]);
      double rc = k[2] + k[3] == 0 ? Double.NaN : k[2] / (double) (k[2] + k[3]);
      System.out.printf(Locale.ROOT, "%-14s precision %.3f (%d/%d)  recall %.3f (%d/%d)%n",
          t, p, k[0], k[0] + k[1], rc, k[2], k[2] + k[3]);
      double[] floor = FLOORS.get(t);
      if (floor != null && (!(p >= floor[0]) || !(rc >= floor[1]))) {
        failures.append(t).append(" below floor ").append(floor[0]).append('/').append(floor[1]).append('\n');
      }
    }
    assertEquals("", failures.toString());
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
