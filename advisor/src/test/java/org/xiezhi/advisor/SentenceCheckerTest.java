package org.xiezhi.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.advisor.hints.Hint;
import org.xiezhi.corpus.model.Sentence;

class SentenceCheckerTest {
  private final Advisor advisor = new Advisor(TestStatutes.book(), null, null, 10);

  private static final String THEFT = "2021年3月5日，被告人张某某在某超市窃取手机一部，价值人民币2800元。";
  private static final String THEFT_BIG = "2021年3月5日，被告人张某某窃取黄金首饰，共计价值人民币5万元。";

  private List<String> codes(String fact, String charge, Sentence s) {
    return hints(fact, charge, s).stream().map(Hint::code).toList();
  }

  private List<Hint> hints(String fact, String charge, Sentence s) {
    return advisor.advise(new AdviceRequest("t", fact, List.of(charge), List.of(), s)).hints();
  }

  private static Sentence prison(int months, Integer probation, Long fine) {
    return new Sentence(Sentence.IMPRISONMENT, months, probation, fine, List.of());
  }

  @Test
  void lawfulSentencesGetNoError() {
    assertTrue(hints(THEFT, "盗窃罪", prison(8, null, 3000L)).stream().noneMatch(h -> h.severity().equals("error")));
    assertTrue(hints(THEFT, "盗窃罪", prison(10, 12, 2000L)).isEmpty());
    assertTrue(hints(THEFT_BIG, "盗窃罪", prison(40, null, 10000L)).isEmpty());
    assertTrue(hints("被告人醉酒驾驶机动车，血液酒精含量为180mg/100ml。", "危险驾驶罪",
        new Sentence(Sentence.DETENTION, 3, 4, 5000L, List.of())).isEmpty());
  }

  @Test
  void statutoryErrorsAreFlagged() {
    assertEquals(List.of("SENTENCE_ABOVE_MAXIMUM"), codes(THEFT, "盗窃罪", new Sentence(Sentence.DEATH, null, null, null, List.of())));
    assertEquals(List.of("SENTENCE_BELOW_MINIMUM"), codes(THEFT, "盗窃罪", prison(4, null, 1000L)));
    assertEquals(List.of("FINE_MISSING"), codes(THEFT, "盗窃罪", prison(8, null, null)));
    assertEquals(List.of("SENTENCE_ABOVE_MAXIMUM"), codes("被告人醉酒驾驶机动车。", "危险驾驶罪",
        new Sentence(Sentence.DETENTION, 7, null, 3000L, List.of())).subList(0, 1));
    assertEquals(List.of("SENTENCE_TYPE_NOT_ALLOWED"), codes("被告人醉酒驾驶机动车。", "危险驾驶罪",
        new Sentence(Sentence.SURVEILLANCE, 6, null, 3000L, List.of())));
  }

  @Test
  void probationRules() {
    assertTrue(codes(THEFT + "被告人系累犯。", "盗窃罪", prison(10, 12, 2000L)).contains("PROBATION_FOR_RECIDIVIST"));
    assertTrue(codes(THEFT_BIG, "盗窃罪", prison(40, 48, 10000L)).contains("PROBATION_NOT_ALLOWED"));
    assertTrue(codes(THEFT, "盗窃罪", prison(10, 6, 2000L)).contains("PROBATION_PERIOD_INVALID"));
  }

  @Test
  void belowMinimumWithReductionIsOnlyAWarning() {
    List<Hint> h = hints("2020年被告人李某故意伤害他人致一人死亡，案发后主动投案自首。", "故意伤害罪", prison(96, null, null));
    Hint below = h.stream().filter(x -> x.code().equals("SENTENCE_OUTSIDE_TIER")).findFirst().orElse(null);
    assertTrue(h.stream().noneMatch(x -> x.severity().equals("error")), h.toString());
    assertEquals(null, below, "a reduction circumstance explains a lower tier");
    assertEquals(List.of("SENTENCE_OUTSIDE_TIER"), codes("2020年被告人李某故意伤害他人致一人死亡。", "故意伤害罪", prison(96, null, null)));
  }

  @Test
  void tierFromFactsIsExplained() {
    var refs = advisor.sentencing(THEFT_BIG, List.of("盗窃"));
    assertEquals("盗窃罪", refs.get(0).charge());
    assertEquals(1, refs.get(0).statutory().chosenTier());
    assertTrue(refs.get(0).statutory().reason().contains("数额巨大"), refs.get(0).statutory().reason());
    assertEquals(36, refs.get(0).suggested().minMonths());
  }
}
