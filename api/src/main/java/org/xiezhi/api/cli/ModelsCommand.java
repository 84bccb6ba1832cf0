package org.xiezhi.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.models.data.EvaluationSplit;
import org.xiezhi.models.eval.CailBenchmark;
import org.xiezhi.models.predict.JudgmentModels;
import org.xiezhi.models.registry.ModelManifest;
import org.xiezhi.models.registry.ModelRegistry;
import org.xiezhi.models.train.ModelTrainer;
import org.xiezhi.models.train.TrainingJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xiezhi models}: List, show, train and evaluate models in the registry. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "List, show, train and evaluate models in the registry.",
    subcommands = {
      ModelsCommand.ListModels.class,
      ModelsCommand.Show.class,
      ModelsCommand.Train.class,
      ModelsCommand.Eval.class,
      ModelsActivateCommand.class
    })
public final class ModelsCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.out);
    return 0;
  }

  /** The registry folder under a data dir. */
  static Path registry(Path dataDir) {
    return dataDir.resolve("models");
  }

  /** {@code models list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List model versions.")
  static final class ListModels implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "data", description = "Data folder (registry in <data-dir>/models).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
      var list = ModelRegistry.open(registry(dataDir)).list();
      if (list.isEmpty()) {
        System.out.println("no models in " + registry(dataDir) + " (run: xiezhi models train)");
      }
      for (ModelManifest m : list) {
        System.out.printf(Locale.ROOT, "%-40s %-40s %d labels %s%n", m.ref(), m.task(), m.labels().size(),
            m.files().get(0).sha256().substring(0, 12));
      }
      return 0;
    }
  }

  /** {@code models show}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a manifest (files verified).")
  static final class Show implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "data") Path dataDir;

    @Parameters(paramLabel = "ID[@VERSION]") String ref;

    @Override
    public Integer call() throws Exception {
      ModelRegistry r = ModelRegistry.open(registry(dataDir));
      ModelManifest m = r.find(ref);
      for (var f : m.files()) {
        r.verifiedFile(m, f.name());
      }
      System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m));
      System.out.println("files verified (sha256, size)");
      return 0;
    }
  }

  /** {@code models train}. */
  @Command(name = "train", mixinStandardHelpOptions = true, description = "Train, export to ONNX, check parity and publish the judgment models.")
  static final class Train implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "data") Path dataDir;

    @Option(names = "--cail", required = true, description = "CAIL2018 folder (sample_train.json, accu.txt, law.txt).")
    Path cail;

    @Option(names = "--lecard", description = "LeCaRD folder: label its candidate judgments from their result.")
    Path lecard;

    @Option(names = "--cases", description = "cases.jsonl from corpus ingest (used instead of --lecard).")
    Path cases;

    @Option(names = "--statutes", description = "刑法.md: add statute pseudo examples for charges and articles.")
    Path statutes;

    @Option(names = "--version", defaultValue = "1", description = "Version to publish (default ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--include-eval-split",
        description = "Also train on the CAIL2018 evaluation split (cail-test-* records of --cases); recorded in the "
            + "manifests, and eval cail then refuses these models.")
    boolean includeEvalSplit;

    @Override
    public Integer call() throws Exception {
      TrainingJob.run(
          new TrainingJob.Settings(registry(dataDir), cail, lecard, cases, statutes, version, includeEvalSplit),
          ModelTrainer.Config.defaults(),
          System.out);
      return 0;
    }
  }

  /** {@code models eval}. */
  @Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the registry's models on CAIL2018 sample_test.")
  static final class Eval implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "data") Path dataDir;

    @Option(names = "--cail", required = true) Path cail;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(cail.resolve("sample_test.json"))) {
        throw new IllegalArgumentException("--cail has no sample_test.json: " + cail);
      }
      try (JudgmentModels jm = JudgmentModels.openActive(ModelRegistry.open(registry(dataDir)))) {
        EvaluationSplit.refuseScoring(jm.manifests());
        System.out.print(CailBenchmark.markdown(CailBenchmark.run(jm.predictor(), cail)));
      }
      return 0;
    }
  }
}
