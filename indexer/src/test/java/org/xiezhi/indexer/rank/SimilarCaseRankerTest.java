package org.xiezhi.indexer.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarCaseRankerTest {
  @Test
  void chargeOverlapLiftsACaseAboveABetterKeywordMatch() {
    SimilarCaseRanker r = new SimilarCaseRanker(0.3);
    List<RankedCase> out = r.rank(Set.of("盗窃罪"), List.of(
        new RankCandidate("a", 10.0, Set.of("诈骗罪")),
        new RankCandidate("b", 8.0, Set.of("盗窃罪")),
        new RankCandidate("c", 0.0, Set.of())));
    assertEquals(List.of("b", "a", "c"), out.stream().map(RankedCase::docId).toList());
    RankedCase b = out.get(0);
    assertEquals(0.8, b.textPart(), 1e-12);
    assertEquals(0.3, b.chargePart(), 1e-12);
    assertEquals(1.1, b.score(), 1e-12);
    assertEquals(Set.of("盗窃罪"), b.sharedCharges());
    assertEquals(Set.of(), out.get(1).sharedCharges());
  }

  @Test
  void partialOverlapIsJaccardAndTiesKeepInputOrder() {
    SimilarCaseRanker r = new SimilarCaseRanker(1.0);
    List<RankedCase> out = r.rank(Set.of("妨害公务罪", "危险驾驶罪"), List.of(
        new RankCandidate("x", 5.0, Set.of("危险驾驶罪")),
        new RankCandidate("y", 5.0, Set.of("危险驾驶罪", "盗窃罪"))));
    assertEquals(0.5, out.get(0).chargePart(), 1e-12);
    assertEquals("x", out.get(0).docId());
    assertEquals(1.0 / 3, out.get(1).chargePart(), 1e-12);
  }

  @Test
  void zeroWeightIsKeywordOrderAndEmptyInputIsEmpty() {
    SimilarCaseRanker r = new SimilarCaseRanker(0);
    assertEquals(List.of(), r.rank(Set.of("盗窃罪"), List.of()));
    List<RankedCase> out = r.rank(null, List.of(
        new RankCandidate("a", 1.0, null), new RankCandidate("b", 3.0, Set.of("盗窃罪"))));
    assertEquals(List.of("b", "a"), out.stream().map(RankedCase::docId).toList());
    assertEquals(0, SimilarCaseRanker.jaccard(Set.of(), Set.of()));
  }

  @Test
  void badSettingsAndScoresAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SimilarCaseRanker(-0.1));
    assertThrows(IllegalArgumentException.class, () -> new SimilarCaseRanker(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new RankCandidate("a", Double.NaN, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new RankCandidate("a", -1, Set.of()));
  }
}
