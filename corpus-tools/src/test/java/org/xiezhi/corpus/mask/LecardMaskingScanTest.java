package org.xiezhi.corpus.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;

/**
 * Masks every field of all 9,088 LeCaRD judgments and checks, with detector patterns written
 * independently of the masker's rules, that no 18-digit ID number, mobile number or licence plate
 * is left. Prints how many the detectors found before and after.
 */
class LecardMaskingScanTest {
  enum Kind { ID18, MOBILE, PLATE }

  private static final Pattern ID18 = Pattern.compile(
      "(?<![0-9])[0-9]{6}(?:19|20)[0-9]{2}(?:0[1-9]|1[012])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final Pattern PLATE =
      Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][^\\u4e00-\\u9fff×]?([A-Z0-9]{5,6})(?![A-Za-z0-9])");

  static int count(Kind kind, String text) {
    if (text == null) {
      return 0;
    }
    Matcher m = (kind == Kind.ID18 ? ID18 : kind == Kind.MOBILE ? MOBILE : PLATE).matcher(text);
    int n = 0;
    while (m.find()) {
      if (kind != Kind.PLATE || m.group(1).chars().anyMatch(Character::isDigit)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void noIdNumberMobileOrPlateLeftInAnyField() throws IOException {
    Map<Kind, long[]> found = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      found.put(k, new long[2]);
    }
    long[] docs = new long[2];
    StringBuilder leaks = new StringBuilder();
    new LecardCandidates(SharedData.require("lecard"))
        .forEach(
            new LecardCandidates.Sink() {
              @Override
              public void accept(RawJudgment j) {
                docs[0]++;
                PiiMasker.DocumentMasker m = PiiMasker.standard().forDocument(j.fullText());
                for (int f = 0; f < FieldTexts.NAMES.size(); f++) {
                  String text = FieldTexts.of(j).get(f);
                  String masked = m.mask(text);
                  for (Kind k : Kind.values()) {
                    found.get(k)[0] += count(k, text);
                    int after = count(k, masked);
                    found.get(k)[1] += after;
                    if (after > 0 && leaks.length() < 2000) {
                      leaks.append(j.docId()).append('/').append(FieldTexts.NAMES.get(f))
                          .append(' ').append(k).append('\n');
                    }
                  }
                }
              }

              @Override
              public void reject(String docId, String reason) {
                docs[1]++;
              }
            });
    for (Kind k : Kind.values()) {
      System.out.printf(
          Locale.ROOT, "%s: %d before masking, %d after (%d judgments, %d rejected)%n",
          k, found.get(k)[0], found.get(k)[1], docs[0], docs[1]);
    }
    assertEquals(9088, docs[0]);
    assertTrue(found.get(Kind.ID18)[0] > 0 && found.get(Kind.MOBILE)[0] > 0
        && found.get(Kind.PLATE)[0] > 0, "the detectors must find something in the raw text");
    for (Kind k : Kind.values()) {
      assertEquals(0, found.get(k)[1], k + " left after masking:\n" + leaks);
    }
  }
}
