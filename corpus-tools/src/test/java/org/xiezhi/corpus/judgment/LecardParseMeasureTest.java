package org.xiezhi.corpus.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.source.SharedData;

/** One pass over all 9,088 LeCaRD judgments: the parser's coverage figures (printed) and floors. */
class LecardParseMeasureTest {
  @Test
  void chargesAgreementAndPenaltiesOnAllLecardJudgments() throws IOException {
    LecardParseMeasure.Result r = LecardParseMeasure.measure(SharedData.require("lecard"));
    System.out.println("LeCaRD parse measure: " + r.summary());
    r.disagreements().stream().limit(15).forEach(d -> System.out.println("  disagree " + d));
    assertEquals(9088, r.judgments());
    assertEquals(0, r.rejected());
    assertTrue(r.chargeShare() >= 0.99, r.summary());
    assertTrue(r.agreement() >= 0.90, r.summary());
    assertTrue(r.penaltyShare() >= 0.93, r.summary());
  }
}
