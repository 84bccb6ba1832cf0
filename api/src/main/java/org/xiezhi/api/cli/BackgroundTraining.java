package org.xiezhi.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.corpus.data.DataDir;

/**
 * Trains the judgment models of a data root on a background thread with the settings
 * {@code setup} uses (CAIL2018 with the LeCaRD judgments, the statutes and interpretations), then
 * reloads the served predictions so they come from the new models without a restart.
 */
final class BackgroundTraining {
  private BackgroundTraining() {}

  /** Starts the training; {@code lecard} may be null. */
  static Thread start(DataDir data, Path shared, Path lecard, PredictionPort served) {
    List<String> args = new ArrayList<>(List.of("models", "train", "--data-dir", data.toString(),
        "--cail", shared.resolve("cail2018").toString()));
    if (lecard != null) {
      args.addAll(List.of("--lecard", lecard.toString()));
    }
    Path criminalLaw = shared.resolve("laws").resolve("刑法").resolve("刑法.md");
    if (Files.isRegularFile(criminalLaw)) {
      args.addAll(List.of("--statutes", criminalLaw.toString()));
    }
    Thread t = new Thread(() -> {
      try {
        DemoCommand.step(args);
        served.reload();
        System.out.println("demo: the trained models are served now (GET /api/v1/models)");
      } catch (RuntimeException e) {
        System.out.println("demo: background training failed: " + e.getMessage());
      }
    }, "models-background-training");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    System.out.println("demo: training the judgment models in the background (predictions answer 503 until they are served)");
    return t;
  }
}
