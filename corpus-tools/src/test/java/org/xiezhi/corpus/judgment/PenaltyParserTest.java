package org.xiezhi.corpus.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.Sentence;

class PenaltyParserTest {
  @Test
  void imprisonmentWithProbationAndFine() {
    assertEquals(new Sentence("imprisonment", 18, 24, 5000L, List.of()),
        PenaltyParser.parse("判处有期徒刑一年六个月，缓刑二年，并处罚金人民币五千元"));
    assertEquals(new Sentence("imprisonment", 15, null, null, List.of()),
        PenaltyParser.parse("判处有期徒刑一年又三个月"));
    assertEquals(new Sentence("imprisonment", 33, null, 10000L, List.of()),
        PenaltyParser.parse("判处有期徒刑二年零九个月，并处罚金人民币10000元"));
  }

  @Test
  void detentionSurveillanceAndFines() {
    assertEquals(new Sentence("detention", 1, 2, 20000L, List.of()),
        PenaltyParser.parse("判处拘役一个月，缓刑二个月，并处罚金人民币二万元"));
    assertEquals(new Sentence("surveillance", 6, null, null, List.of()), PenaltyParser.parse("判处管制六个月"));
    assertEquals(15000L, PenaltyParser.fine("并处罚金人民币15，000元"));
    assertEquals(25000L, PenaltyParser.fine("并处罚金人民币2.5万元"));
    assertEquals(17000L, PenaltyParser.fine("罚金一万七千元"));
    assertEquals(new Sentence("fine_only", null, null, 5000L, List.of()), PenaltyParser.parse("判处罚金五千元"));
  }

  @Test
  void lifeDeathAndExemption() {
    assertEquals(new Sentence("life", null, null, null, List.of("剥夺政治权利终身", "没收个人全部财产")),
        PenaltyParser.parse("判处无期徒刑，剥夺政治权利终身，并处没收个人全部财产"));
    assertEquals("death_reprieve", PenaltyParser.parse("判处死刑，缓期二年执行，剥夺政治权利终身").type());
    assertEquals("death", PenaltyParser.parse("判处死刑，剥夺政治权利终身").type());
    assertEquals("exempt", PenaltyParser.parse("免予刑事处罚").type());
    assertEquals("exempt", PenaltyParser.parse("依法免除处罚").type());
  }

  @Test
  void additionalPenalties() {
    assertEquals(List.of("剥夺政治权利12个月", "没收个人财产30000元"),
        PenaltyParser.parse("判处有期徒刑十年，剥夺政治权利一年，并处没收个人财产人民币3万元").additional());
    assertEquals(List.of("驱逐出境"), PenaltyParser.parse("判处有期徒刑一年，附加驱逐出境").additional());
  }

  @Test
  void slipsInTheTermAreRead() {
    assertEquals(Integer.valueOf(8), PenaltyParser.parse("判处期徒刑八个月，缓刑一年").months());
    assertEquals(Integer.valueOf(38), PenaltyParser.parse("判处有期徒三年二个月").months());
  }

  @Test
  void clausesWithoutPrincipalPenalty() {
    assertNull(PenaltyParser.parse(""));
    assertNull(PenaltyParser.parse(null));
    assertNull(PenaltyParser.parse("责令退赔被害人人民币五万元"));
  }
}
