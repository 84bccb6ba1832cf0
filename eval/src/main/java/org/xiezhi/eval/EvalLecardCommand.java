package org.xiezhi.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiezhi.eval.lecard.LecardDataset;
import org.xiezhi.eval.lecard.LecardEvaluation;
import org.xiezhi.eval.lecard.ScoreTable;
import org.xiezhi.eval.lecard.TrecRunWriter;
import org.xiezhi.indexer.rank.ChargeOverlapFusion;
import org.xiezhi.inference.EmbedderOptions;
import org.xiezhi.inference.OnnxEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi eval lecard}: ranks the LeCaRD pools and corpus for all 107 queries with every method,
 * writes TREC runs ({@code pool.trec}, {@code corpus.trec} for the default method, every method under
 * {@code runs/}) and prints and writes ({@code scores.md}) the dev-query scores.
 */
@Command(name = "lecard", mixinStandardHelpOptions = true,
    description = "Evaluate case retrieval on LeCaRD (pool and corpus protocols).")
public final class EvalLecardCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, description = "LeCaRD folder (e.g. ../shared/data/lecard)")
  Path data;

  @Option(names = "--out", required = true, description = "output folder for runs and the score table")
  Path out;

  @Option(names = "--charge-weight", description = "weight of the charge overlap (default ${DEFAULT-VALUE})")
  double chargeWeight = ChargeOverlapFusion.DEFAULT_CHARGE_WEIGHT;

  @Option(names = "--dense-queries", description = "also run dense and hybrid (pool protocol) on this many dev queries, a seeded subset; 0 = off (default ${DEFAULT-VALUE})")
  int denseQueries = 0;

  @Option(names = "--dense-max-length", description = "tokens of each text the embedding model reads (default ${DEFAULT-VALUE})")
  int denseMaxLength = 256;

  @Option(names = "--dense-long-text", description = "with --dense-queries: also compare the index's long-text strategies (first 510 characters, chunk mean, chunk max)")
  boolean denseLongText;

  @Option(names = "--write-weights", description = "write the learned ranker's weights trained on all dev queries to this file (the format of the shipped similar-ranker-weights.json)")
  Path writeWeights;

  @Option(names = "--write-features", description = "also write every dev query's feature vectors and grades to features.tsv")
  boolean writeFeatures;

  @Option(names = "--two-stage", description = "also cross-validate two-stage rankers: the shipped rule, then the learned weights re-order its top 10 or 30")
  boolean twoStage;

  @Override
  public Integer call() throws Exception {
    if (denseQueries < 0 || denseMaxLength < 2 || denseMaxLength > 512) {
      System.err.println("lecard: --dense-queries must be >= 0 and --dense-max-length 2..512");
      return 2;
    }
    if (!(chargeWeight >= 0) || Double.isInfinite(chargeWeight)) {
      System.err.println("lecard: --charge-weight must be a finite number >= 0");
      return 2;
    }
    LecardDataset ds;
    try {
      ds = LecardDataset.open(data);
    } catch (java.io.IOException e) {
      System.err.println("lecard: " + e.getMessage());
      return 2;
    }
    System.out.printf(Locale.ROOT, "LeCaRD at %s: %d queries (%d dev, %d test), charge weight %.2f, corpus depth %d%n",
        data, ds.queries().size(), ds.devQueries().size(), ds.testIds().size(), chargeWeight,
        LecardEvaluation.CORPUS_DEPTH);
    if (denseQueries > 0) {
      System.out.printf(Locale.ROOT, "dense: bge-small-zh-v1.5 int8, max length %d, %d dev queries%n", denseMaxLength, denseQueries);
    }
    LecardEvaluation.Result r = new LecardEvaluation(ds, chargeWeight, System.out)
        .withDense(denseQueries, () -> OnnxEmbedder.open(EmbedderOptions.defaults().withMaxLength(denseMaxLength)))
        .withLongTextStrategies(denseLongText)
        .withTwoStage(twoStage)
        .run();
    Files.createDirectories(out);
    TrecRunWriter.write(out.resolve("pool.trec"), r.poolRuns().get(LecardEvaluation.DEFAULT), "xiezhi-default");
    TrecRunWriter.write(out.resolve("corpus.trec"), r.corpusRuns().get(LecardEvaluation.DEFAULT), "xiezhi-default");
    for (Map.Entry<String, Map<String, java.util.List<org.xiezhi.eval.lecard.ScoredDoc>>> e : r.poolRuns().entrySet()) {
      String tag = e.getKey().replaceAll("[^A-Za-z0-9+_.-]", "_");
      TrecRunWriter.write(out.resolve("runs").resolve(tag + ".pool.trec"), e.getValue(), tag);
      if (r.corpusRuns().get(e.getKey()) != null) {
        // a reference run that ranks only the pools (SAILER's) has no corpus run
        TrecRunWriter.write(out.resolve("runs").resolve(tag + ".corpus.trec"), r.corpusRuns().get(e.getKey()), tag);
      }
    }
    String table = ScoreTable.markdown(r.scores(), r.cv(), r.featureCv(), ds.devQueries().size());
    if (r.allFeaturesCv() != null) {
      table = table + ScoreTable.featureCv(r.allFeaturesCv()) + ScoreTable.featureCv(r.judgedCv())
          + ScoreTable.boosted(r.boostedCv());
    }
    for (org.xiezhi.eval.lecard.FeatureRankerCv.Outcome t : r.twoStageCvs()) {
      table = table + ScoreTable.featureCv(t);
    }
    if (writeFeatures) {
      org.xiezhi.eval.lecard.FeatureDump.write(out.resolve("features.tsv"), r.featureLists(), ds);
    }
    if (writeWeights != null) {
      org.xiezhi.eval.lecard.RankerWeightsFile.write(writeWeights, r.boostedCv().allDev());
      System.out.println("wrote the all-dev weights to " + writeWeights);
    }
    if (r.dense() != null) {
      table = table + System.lineSeparator() + ScoreTable.dense(r.dense());
    }
    Path md = out.resolve("scores.md");
    Path tmp = Files.createTempFile(out, "scores", ".tmp");
    Files.writeString(tmp, table, StandardCharsets.UTF_8);
    Files.move(tmp, md, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    System.out.println();
    System.out.print(table);
    System.out.println();
    System.out.println("wrote " + out.resolve("pool.trec") + ", " + out.resolve("corpus.trec") + ", " + md);
    return 0;
  }
}
