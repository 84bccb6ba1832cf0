package org.xiezhi.eval.lecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedScoresTest {
  private static final String JSON = """
      {"tolerance": 0.001, "methods": {"m": {
        "pool": {"ndcg@10": 0.5, "ndcg@20": 0.5, "ndcg@30": 0.5, "p@5": 0.5, "map": 0.5},
        "corpus": {"ndcg@10": 0.4, "ndcg@20": 0.4, "ndcg@30": 0.4, "p@5": 0.4, "map": 0.4}}}}
      """;

  private static MethodScores scores(String method, double pool30, double corpus10) {
    return new MethodScores(method, new Metrics(0.5, 0.5, pool30, 0.5, 0.5), null,
        new Metrics(corpus10, 0.4, 0.4, 0.4, 0.4));
  }

  @Test
  void withinToleranceIsClean() throws Exception {
    assertEquals(List.of(), ExpectedScores.parse(JSON).check(List.of(scores("m", 0.5009, 0.3991))));
  }

  @Test
  void aChangeInEitherDirectionFails() throws Exception {
    ExpectedScores e = ExpectedScores.parse(JSON);
    List<String> up = e.check(List.of(scores("m", 0.502, 0.4)));
    assertEquals(1, up.size());
    assertTrue(up.get(0).contains("pool ndcg@30") && up.get(0).contains("higher"), up.get(0));
    List<String> down = e.check(List.of(scores("m", 0.5, 0.398)));
    assertEquals(1, down.size());
    assertTrue(down.get(0).contains("corpus ndcg@10") && down.get(0).contains("lower"), down.get(0));
  }

  @Test
  void aProtocolRunButNotDeclaredOrDeclaredButNotRunIsReported() throws Exception {
    Metrics j = new Metrics(0.6, 0.6, 0.6, 0.6, 0.6);
    MethodScores withJudged = new MethodScores("m", new Metrics(0.5, 0.5, 0.5, 0.5, 0.5), j,
        new Metrics(0.4, 0.4, 0.4, 0.4, 0.4));
    assertEquals(List.of("m judged: run but not declared"), ExpectedScores.parse(JSON).check(List.of(withJudged)));
    MethodScores noCorpus = new MethodScores("m", new Metrics(0.5, 0.5, 0.5, 0.5, 0.5), null, null);
    assertEquals(List.of("m corpus: declared but not run"), ExpectedScores.parse(JSON).check(List.of(noCorpus)));
  }

  @Test
  void undeclaredAndMissingMethodsAreReported() throws Exception {
    List<String> bad = ExpectedScores.parse(JSON).check(List.of(scores("other", 0.5, 0.4)));
    assertEquals(2, bad.size(), bad.toString());
    assertThrows(IllegalStateException.class, () -> ExpectedScores.parse("{\"methods\": {}}"));
  }
}
