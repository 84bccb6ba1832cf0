package org.xiezhi.eval.lecard;

import java.util.List;
import java.util.Locale;

/** Renders the dev scores as a Markdown table: one row per method and protocol. */
public final class ScoreTable {
  private ScoreTable() {}

  public static String markdown(List<MethodScores> rows, ChargeWeightCv.Outcome cv, int devQueries) {
    return markdown(rows, cv, null, devQueries);
  }

  /** The table, the charge-weight and the feature ranker's cross-validation (either may be null). */
  public static String markdown(List<MethodScores> rows, ChargeWeightCv.Outcome cv, FeatureRankerCv.Outcome fcv,
      int devQueries) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "LeCaRD dev queries (%d); P@5 and MAP count grade >= %d as relevant.%n%n",
        devQueries, LecardEvaluation.MIN_RELEVANT_GRADE));
    sb.append("| method | protocol | NDCG@10 | NDCG@20 | NDCG@30 | P@5 | MAP |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (MethodScores m : rows) {
      for (String p : MethodScores.PROTOCOLS) {
        if (m.protocol(p) != null) {
          row(sb, m.method(), p, m.protocol(p));
        }
      }
    }
    if (cv != null) {
      String label = String.format(Locale.ROOT, "%s, %d-fold held-out (weights %s)", LecardEvaluation.CHARGES,
          ChargeWeightCv.FOLDS, cv.foldWeights());
      row(sb, label, "pool", cv.pool());
      row(sb, label, "corpus", cv.corpus());
      sb.append(String.format(Locale.ROOT,
          "%nCharge weight best on all dev queries: %.2f (grid %s).%n", cv.allDevWeight(),
          java.util.Arrays.toString(ChargeWeightCv.GRID)));
    }
    if (fcv != null) {
      sb.append(featureCv(fcv));
    }
    return sb.toString();
  }

  /** The feature ranker's held-out scores and the folds' mean and spread. */
  public static String featureCv(FeatureRankerCv.Outcome fcv) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "%nLearned ranker (%s), %d-fold query-level cross-validation (seed %d):%n%n",
        fcv.label(), FeatureRankerCv.FOLDS, FeatureRankerCv.SEED));
    heldOut(sb, fcv.heldOut(), fcv.perFold());
    sb.append("\nWeights trained on all dev queries:");
    double[] w = fcv.allDevWeights();
    for (int i = 0; i < w.length; i++) {
      sb.append(String.format(Locale.ROOT, " %s %.4f", org.xiezhi.indexer.rank.RankFeatures.NAMES.get(i), w[i]));
    }
    sb.append(System.lineSeparator());
    return sb.toString();
  }

  /** The shipped form's held-out scores, the folds' spread and the β each fold chose. */
  public static String boosted(BoostedRankerCv.Outcome b) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "%nLearned ranker (%s), %d-fold query-level cross-validation (seed %d), β chosen inside each fold: %s; on all dev queries %s:%n%n",
        b.label(), FeatureRankerCv.FOLDS, FeatureRankerCv.SEED, java.util.Arrays.toString(b.foldBetas()), b.allDevBeta()));
    heldOut(sb, b.heldOut(), b.perFold());
    sb.append(String.format(Locale.ROOT, "%nThe trade-off: the same folds with β fixed (held-out NDCG@10 / @30):%n%n"));
    sb.append("| β | pool | judged-only | corpus |\n|---|---|---|---|\n");
    b.fixedBeta().forEach((beta, m) -> sb.append(String.format(Locale.ROOT, "| %s | %.4f / %.4f | %.4f / %.4f | %.4f / %.4f |%n",
        beta, m.get("pool").ndcg10(), m.get("pool").ndcg30(), m.get("judged").ndcg10(), m.get("judged").ndcg30(),
        m.get("corpus").ndcg10(), m.get("corpus").ndcg30())));
    return sb.toString();
  }

  /** The dense subset's table (pool protocol only). */
  public static String dense(DenseSubsetEvaluation.Outcome d) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "Dense and hybrid, pool protocol, %d dev queries (seeded subset), %d judgments embedded in %.1f s.%n%n",
        d.queries(), d.documents(), d.embedSeconds()));
    sb.append("| method | protocol | NDCG@10 | NDCG@20 | NDCG@30 | P@5 | MAP |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    d.pool().forEach((m, x) -> row(sb, m, "pool (subset)", x));
    return sb.toString();
  }

  /** The held-out metrics per protocol with the folds' mean and spread of NDCG@10 and @30. */
  private static void heldOut(StringBuilder sb, java.util.Map<String, Metrics> heldOut,
      java.util.Map<String, List<Metrics>> perFold) {
    sb.append("| protocol | held-out NDCG@10 | NDCG@20 | NDCG@30 | P@5 | MAP | folds' NDCG@10 mean ± sd | NDCG@30 mean ± sd |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    heldOut.forEach((p, m) -> {
      double[] a = FeatureRankerCv.meanSd(perFold.get(p), "ndcg@10");
      double[] b = FeatureRankerCv.meanSd(perFold.get(p), "ndcg@30");
      sb.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f ± %.4f | %.4f ± %.4f |%n",
          p, m.ndcg10(), m.ndcg20(), m.ndcg30(), m.p5(), m.map(), a[0], a[1], b[0], b[1]));
    });
  }

  private static void row(StringBuilder sb, String method, String protocol, Metrics m) {
    sb.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f | %.4f | %.4f | %.4f |%n",
        method, protocol, m.ndcg10(), m.ndcg20(), m.ndcg30(), m.p5(), m.map()));
  }
}
