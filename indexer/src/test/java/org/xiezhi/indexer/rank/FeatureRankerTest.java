package org.xiezhi.indexer.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
  void theShippedModelRanksTheSameChargeFirstAndItsReasonsNameWhatCounted() {
    FeatureRanker r = new FeatureRanker(new ChargeNormalizer(List.of("盗窃罪", "诈骗罪")));
    List<SimilarCaseRanker.Scored> out = rank(r);
    assertEquals(List.of("same", "other"), out.stream().map(s -> s.candidate().id()).toList());
    List<String> why = out.get(0).reasons();
    assertTrue(why.contains("同罪名（盗窃罪）"), why.toString());
    assertEquals("该案判处有期徒刑8个月", why.get(why.size() - 1).replace("（与最相似各案的量刑相当）", ""));
    assertFalse(String.join("", why).matches(".*\\d\\.\\d{3}.*"), "no raw scores: " + why);
    assertFalse(r.usesVectors());
    assertTrue(r.name().contains("trees"), r.name());
  }

  @Test
  void featuresTheModelLeavesAtZeroAreNotGivenAsReasons() {
    double[] w = new double[RankFeatures.NAMES.size()];
    w[RankFeatures.NAMES.indexOf("bm25")] = 1;
    w[RankFeatures.NAMES.indexOf("charge_jaccard")] = 0.3;
    FeatureRanker r = new FeatureRanker(new ChargeNormalizer(List.of("盗窃罪", "诈骗罪")), new RankModel(w, "rule"));
    List<String> why = rank(r).get(0).reasons();
    assertTrue(why.contains("同罪名（盗窃罪）"), why.toString());
    assertFalse(why.stream().anyMatch(x -> x.startsWith("同一数额档次")), why.toString());
  }

  @Test
  void aTreeThatRewardsAFeatureBeingOffDoesNotMakeItAReason() {
    int drug = RankFeatures.NAMES.indexOf("drug_close");
    int amount = RankFeatures.NAMES.indexOf("amount_close");
    double[] w = new double[RankFeatures.NAMES.size()];
    w[RankFeatures.NAMES.indexOf("charge_jaccard")] = 0.3;
    // no drugs in either case (drug_close 0) and amounts far apart (amount_close low) both add 1
    RegressionTree offDrugs = new RegressionTree(new int[] {drug, -1, -1}, new double[] {0.5, 0, 0},
        new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0.5, 1, 0});
    RegressionTree farAmounts = new RegressionTree(new int[] {amount, -1, -1}, new double[] {0.99, 0, 0},
        new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0.5, 1, 0});
    FeatureRanker r = new FeatureRanker(new ChargeNormalizer(List.of("盗窃罪", "诈骗罪")),
        new RankModel(w, List.of(offDrugs, farAmounts), "test"));
    for (SimilarCaseRanker.Scored s : rank(r)) {
      String why = String.join("；", s.reasons());
      assertFalse(why.contains("毒品"), why);
      assertFalse(why.contains("数额相近") && s.candidate().id().equals("other"), why);
    }
  }

  @Test
  void placesFollowTheBm25OrderTiesShareOneAndACaseFoundByItsVectorOnlyHasNone() {
    List<SimilarCaseRanker.Candidate> cs = List.of(
        new SimilarCaseRanker.Candidate(0, "a", 3f, Float.NaN, 0, 0),
        new SimilarCaseRanker.Candidate(1, "b", 9f, Float.NaN, 0, 0),
        new SimilarCaseRanker.Candidate(2, "c", Float.NaN, 0.8f, 0, 1),
        new SimilarCaseRanker.Candidate(3, "d", 3f, Float.NaN, 0, 0));
    // equal scores share their best place, whatever order they came in
    assertArrayEquals(new int[] {2, 1, 0, 2}, FeatureRanker.bm25Places(cs));
    assertArrayEquals(new int[] {1, 3, 1}, RankFeatures.places(new double[] {5.0000001, 4, 5}));
    assertArrayEquals(new int[0], FeatureRanker.bm25Places(List.of()));
  }

  @Test
  void learnedWeightsOnTheAmountTierAndCircumstancesSaySoInWords() {
    double[] w = new double[RankFeatures.NAMES.size()];
    java.util.Arrays.fill(w, 0.5);
    FeatureRanker r = new FeatureRanker(new ChargeNormalizer(List.of("盗窃罪", "诈骗罪")), new RankModel(w, "test"));
    List<SimilarCaseRanker.Scored> out = rank(r);
    assertEquals(List.of("same", "other"), out.stream().map(s -> s.candidate().id()).toList());
    List<String> why = out.get(0).reasons();
    assertTrue(why.contains("同罪名（盗窃罪）"), why.toString());
    assertTrue(why.stream().anyMatch(w2 -> w2.startsWith("同一数额档次")), why.toString());
    assertTrue(why.contains("均有自首情节"), why.toString());
  }
}
