package org.xiezhi.corpus.mask;

import java.util.Arrays;
import java.util.List;
import org.xiezhi.corpus.source.RawJudgment;

/** The text fields of a LeCaRD judgment, in the order tests mask them (full text last). */
final class FieldTexts {
  static final List<String> NAMES =
      List.of("ajName", "ajjbqk", "cpfxgc", "pjjg", "writName", "qw");

  private FieldTexts() {}

  static List<String> of(RawJudgment j) {
    return Arrays.asList(
        j.caseName(), j.basicFacts(), j.reasoning(), j.result(), j.writName(), j.fullText());
  }

  static String field(RawJudgment j, String name) {
    return of(j).get(NAMES.indexOf(name));
  }
}
