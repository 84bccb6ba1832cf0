package org.xiezhi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.models.eval.CailEvaluation;

/**
 * Trains the judgment models on the real data (CAIL sample_train + LeCaRD) and checks the CAIL
 * sample_test scores of the models and the baseline against the declared expectations, in both
 * directions (a score that rises beyond the tolerance fails too, so the declaration stays true).
 */
class CailExpectedScoresTest {
  @TempDir Path dir;

  @Test
  void scoresMatchTheDeclaration() throws Exception {
    Properties expected = new Properties();
    try (InputStream in = EvalCailCommand.class.getResourceAsStream("cail-expected.properties")) {
      assertNotNull(in, "cail-expected.properties missing");
      expected.load(in);
    }
    List<CailEvaluation.Result> rs =
        EvalCailCommand.evaluate(SharedData.require("cail2018"), dir.resolve("models"), SharedData.require("lecard"));
    double tol = Double.parseDouble(expected.getProperty("tolerance"));
    String[] systems = {"model", "baseline"};
    for (int i = 0; i < 2; i++) {
      CailEvaluation.Result r = rs.get(i);
      String s = systems[i];
      System.out.printf("%s charges %.4f articles %.4f term %.4f%n", s, r.charges().score(), r.articles().score(), r.term());
      assertEquals(Double.parseDouble(expected.getProperty(s + ".charges")), r.charges().score(), tol, s + " charges");
      assertEquals(Double.parseDouble(expected.getProperty(s + ".articles")), r.articles().score(), tol, s + " articles");
      assertEquals(Double.parseDouble(expected.getProperty(s + ".term")), r.term(), tol, s + " term");
    }
  }
}
