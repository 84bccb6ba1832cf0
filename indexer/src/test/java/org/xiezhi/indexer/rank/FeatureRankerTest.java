package org.xiezhi.indexer.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.indexer.SimilarCaseRanker;

class FeatureRankerTest {
  private static CaseRecord rec(String id, String facts, int months, String... charges) {
    return new CaseRecord(id, "test", null, null, null, null, null, null, null, null, facts, null, null, null,
        List.of(charges), null, null,
        List.of(new Defendant("某", List.of(charges), null, new Sentence(Sentence.IMPRISONMENT, months, null, null, null))),
        null);
  }

  private static final Map<String, CaseRecord> RECORDS = Map.of(
      "same", rec("same", "被告人窃取他人电动车一辆，价值人民币4,000元，后主动投案。", 8, "盗窃罪"),
      "other", rec("other", "被告人以虚构事实的方法骗取被害人人民币50万元。", 120, "诈骗罪"));
  private static final SimilarCaseRanker.Query QUERY = new SimilarCaseRanker.Query(
      "被告人趁夜窃取他人摩托车一辆，价值人民币3,500元。案发后被告人主动投案。", List.of("盗窃罪"), List.of(), null);

  private static List<SimilarCaseRanker.Scored> rank(FeatureRanker r) {
    List<SimilarCaseRanker.Candidate> cs = List.of(
        new SimilarCaseRanker.Candidate(0, "other", 12f, Float.NaN, 1.0, 0),
        new SimilarCaseRanker.Candidate(1, "same", 10f, Float.NaN, 0.8, 0));
    return r.rank(QUERY, cs, c -> RECORDS.get(c.id()));
  }

  @Test
  void theShippedRuleRanksTheSameChargeFirstAndItsReasonsNameWhatCounted() {
    FeatureRanker r = new FeatureRanker(new ChargeNormalizer(List.of("盗窃罪", "诈骗罪")));
    List<SimilarCaseRanker.Scored> out = rank(r);
    assertEquals(List.of("same", "other"), out.stream().map(s -> s.candidate().id()).toList());
    List<String> why = out.get(0).reasons();
    assertTrue(why.contains("同罪名（盗窃罪）"), why.toString());
    // features the shipped weights leave at 0 did not make it rank, so they are not given as reasons
    assertFalse(why.stream().anyMatch(w -> w.startsWith("同一数额档次")), why.toString());
    assertEquals("该案判处有期徒刑8个月", why.get(why.size() - 1).replace("（与最相似各案的量刑相当）", ""));
    assertFalse(String.join("", why).matches(".*\\d\\.\\d{3}.*"), "no raw scores: " + why);
    assertFalse(r.usesVectors());
  }

  @Test
  void learnedWeightsOnTheAmountTierAndCircumstancesSaySoInWords() {
    double[] w = new double[RankFeatures.NAMES.size()];
    java.util.Arrays.fill(w, 0.5);
    FeatureRanker r = new FeatureRanker(new ChargeNormalizer(List.of("盗窃罪", "诈骗罪")), new LinearRankModel(w, "test"));
    List<SimilarCaseRanker.Scored> out = rank(r);
    assertEquals(List.of("same", "other"), out.stream().map(s -> s.candidate().id()).toList());
    List<String> why = out.get(0).reasons();
    assertTrue(why.contains("同罪名（盗窃罪）"), why.toString());
    assertTrue(why.stream().anyMatch(w2 -> w2.startsWith("同一数额档次")), why.toString());
    assertTrue(why.contains("均有自首情节"), why.toString());
  }
}
