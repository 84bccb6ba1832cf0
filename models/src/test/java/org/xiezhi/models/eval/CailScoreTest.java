package org.xiezhi.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiezhi.models.train.TermScale;

class CailScoreTest {
  @Test
  void microMacroAsTheOfficialJudger() {
    // labels a, b, c; c is absent from truth and prediction and counts F1 = 1.
    List<Set<String>> truth = List.of(Set.of("a"), Set.of("a"), Set.of("b"));
    List<Set<String>> pred = List.of(Set.of("a"), Set.of("b"), Set.of("b"));
    CailScore.F1 f = CailScore.multiLabel(List.of("a", "b", "c"), truth, pred);
    // a: tp1 fp0 fn1 -> p1 r.5 f 2/3; b: tp1 fp1 fn0 -> f 2/3; c: 1. micro: tp2 fp1 fn1 -> 2/3.
    assertEquals(2.0 / 3, f.micro(), 1e-12);
    assertEquals((2.0 / 3 + 2.0 / 3 + 1) / 3, f.macro(), 1e-12);
    assertEquals((f.micro() + f.macro()) / 2, f.score(), 1e-12);
  }

  @Test
  void nothingRightScoresZeroMicro() {
    CailScore.F1 f = CailScore.multiLabel(List.of("a", "b"), List.of(Set.of("a")), List.of(Set.of("b")));
    assertEquals(0, f.micro(), 0);
    assertEquals(0, f.macro(), 0);
  }

  @Test
  void termScoreSteps() {
    assertEquals(1.0, TermScale.score(12, false, false, 12, false, false));
    // ln(13) - ln(10) = 0.262 -> 0.8
    assertEquals(0.8, TermScale.score(12, false, false, 9, false, false));
    // ln(37) - ln(13) = 1.046 -> 0
    assertEquals(0.0, TermScale.score(36, false, false, 12, false, false));
    assertEquals(1.0, TermScale.score(0, true, false, 0, true, false));
    assertEquals(0.0, TermScale.score(0, true, false, 0, false, true));
    assertEquals(0.0, TermScale.score(120, false, false, 0, false, true));
    assertEquals(1.0, TermScale.score(0, false, true, 0, false, true));
  }

  @Test
  void termDecodeMaximisesExpectedScore() {
    float[] p = new float[TermScale.classes()];
    p[TermScale.classOf(6, false, false)] = 0.5f;
    p[TermScale.classOf(8, false, false)] = 0.5f;
    int c = TermScale.decode(p);
    // 7 months is within 0.2 of both 6 and 8.
    assertEquals(7, TermScale.months(c));
    p = new float[TermScale.classes()];
    p[TermScale.DEATH] = 0.6f;
    p[TermScale.LIFE] = 0.4f;
    assertEquals(TermScale.DEATH, TermScale.decode(p));
  }
}
