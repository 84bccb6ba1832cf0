package org.xiezhi.indexer.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.SimilarCaseRanker;

class ChargeAwareRankerTest {
  private static CaseRecord rec(String id, String... charges) {
    return new CaseRecord(id, "test", null, null, null, null, null, null, null, null, "事实", null, null, null,
        List.of(charges), null, null, null, null);
  }

  @Test
  void ranksByKeywordScorePlusChargeOverlapWithRecordsCharges() {
    Map<String, CaseRecord> records = Map.of(
        "a", rec("a", "诈骗罪"), "b", rec("b", "贩卖毒品罪"), "c", rec("c"));
    ChargeAwareRanker r = new ChargeAwareRanker(
        new ChargeNormalizer(List.of("诈骗罪", "走私、贩卖、运输、制造毒品罪")), 0.3);
    List<SimilarCaseRanker.Candidate> cs = List.of(
        new SimilarCaseRanker.Candidate(0, "a", 10f, 0.9f, 1.0, 1.0),
        new SimilarCaseRanker.Candidate(1, "b", 8f, Float.NaN, 0.5, 0.0),
        new SimilarCaseRanker.Candidate(2, "c", Float.NaN, 0.8f, 0.0, 0.5));
    List<SimilarCaseRanker.Scored> out = r.rank(
        new SimilarCaseRanker.Query("事实", List.of("运输毒品罪"), List.of(), null), cs, c -> records.get(c.id()));
    assertEquals(List.of("b", "a", "c"), out.stream().map(s -> s.candidate().id()).toList());
    assertEquals(0.8 + 0.3, out.get(0).score(), 1e-6);
    assertEquals(0.0, out.get(2).score(), 1e-12);
    assertTrue(r.name().contains("0.30"), r.name());
  }
}
