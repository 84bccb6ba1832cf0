package org.xiezhi.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.models.predict.BatchPrediction;
import org.xiezhi.models.predict.ServedModels;
import org.xiezhi.models.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi predict}: Predict charges, articles and prison term for facts in a JSON Lines file,
 * with the registry's active version (pinned by {@code models activate}, else the latest).
 */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Predict charges, articles and prison term for facts in a JSON Lines file.")
public final class PredictCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "Input: one {\"id\",\"fact\",\"charges\"?,\"articles\"?} per line.")
  Path in;

  @Option(names = "--out", required = true, description = "Output JSON Lines (written atomically).")
  Path out;

  @Option(names = "--data-dir", defaultValue = "data", description = "Data folder (registry in <data-dir>/models).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(in)) {
      throw new IllegalArgumentException("--in file not found: " + in);
    }
    try (ServedModels served = ServedModels.open(ModelRegistry.open(org.xiezhi.corpus.data.DataDir.of(dataDir).requireModels()));
        ServedModels.Lease jm = served.lease()) {
      BatchPrediction.Outcome o = new BatchPrediction(jm.predictor()).run(in, out);
      System.err.printf(Locale.ROOT, "predict: %d lines, %d predicted, %d errors, %.2f s, %.1f facts/s, model %s%n",
          o.lines(), o.predicted(), o.errors(), o.seconds(), o.predicted() / Math.max(o.seconds(), 1e-9),
          jm.predictor().model());
      return o.errors() == 0 ? 0 : 3;
    }
  }
}
