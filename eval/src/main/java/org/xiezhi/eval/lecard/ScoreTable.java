package org.xiezhi.eval.lecard;

import java.util.List;
import java.util.Locale;

/** Renders the dev scores as a Markdown table: one row per method and protocol. */
public final class ScoreTable {
  private ScoreTable() {}

  public static String markdown(List<MethodScores> rows, ChargeWeightCv.Outcome cv, int devQueries) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "LeCaRD dev queries (%d); P@5 and MAP count grade >= %d as relevant.%n%n",
        devQueries, LecardEvaluation.MIN_RELEVANT_GRADE));
    sb.append("| method | protocol | NDCG@10 | NDCG@20 | NDCG@30 | P@5 | MAP |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (MethodScores m : rows) {
      row(sb, m.method(), "pool", m.pool());
      row(sb, m.method(), "corpus", m.corpus());
    }
    if (cv != null) {
      String label = String.format(Locale.ROOT, "default, %d-fold held-out (weights %s)",
          ChargeWeightCv.FOLDS, cv.foldWeights());
      row(sb, label, "pool", cv.pool());
      row(sb, label, "corpus", cv.corpus());
      sb.append(String.format(Locale.ROOT,
          "%nCharge weight best on all dev queries: %.2f (grid %s).%n", cv.allDevWeight(),
          java.util.Arrays.toString(ChargeWeightCv.GRID)));
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String method, String protocol, Metrics m) {
    sb.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f | %.4f | %.4f | %.4f |%n",
        method, protocol, m.ndcg10(), m.ndcg20(), m.ndcg30(), m.p5(), m.map()));
  }
}
