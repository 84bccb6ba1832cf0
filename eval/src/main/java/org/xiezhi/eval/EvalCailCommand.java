package org.xiezhi.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.models.data.EvaluationSplit;
import org.xiezhi.models.eval.CailBenchmark;
import org.xiezhi.models.eval.CailEvaluation;
import org.xiezhi.models.predict.JudgmentModels;
import org.xiezhi.models.registry.ModelIds;
import org.xiezhi.models.registry.ModelRegistry;
import org.xiezhi.models.train.ModelTrainer;
import org.xiezhi.models.train.TrainingJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiezhi eval cail}: Evaluate charge, article and prison-term prediction on CAIL2018. */
@Command(name = "cail", mixinStandardHelpOptions = true, description = "Evaluate charge, article and prison-term prediction on CAIL2018.")
public final class EvalCailCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, description = "CAIL2018 folder (sample_test.json, sample_train.json, accu.txt, law.txt).")
  Path data;

  @picocli.CommandLine.Mixin org.xiezhi.api.extension.DataRootOption root = new org.xiezhi.api.extension.DataRootOption();

  @Option(names = "--lecard", description = "When the registry has no models: also train on these LeCaRD judgments.")
  Path lecard;

  @Option(names = "--out", description = "Folder for cail.md.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data.resolve("sample_test.json"))) {
      throw new IllegalArgumentException("--data has no sample_test.json: " + data);
    }
    List<CailEvaluation.Result> rs = evaluate(data, root.data().models(), lecard);
    String md = CailBenchmark.markdown(rs);
    System.out.print(md);
    if (out != null) {
      Files.createDirectories(out);
      Files.writeString(out.resolve("cail.md"), md, StandardCharsets.UTF_8);
      System.out.println("written " + out.resolve("cail.md"));
    }
    return 0;
  }

  /**
   * Trains into {@code registryDir} when it holds no judgment models (CAIL sample_train, LeCaRD when
   * given, statute pseudo examples from {@code laws/刑法/刑法.md} beside the CAIL folder when present),
   * then scores model and baseline.
   */
  static List<CailEvaluation.Result> evaluate(Path cail, Path registryDir, Path lecard) throws Exception {
    ModelRegistry reg = ModelRegistry.open(registryDir);
    if (reg.latest(ModelIds.CHARGES).isEmpty()) {
      System.out.println("eval cail: no models in " + registryDir + ", training them first");
      Path statutes = cail.toAbsolutePath().getParent().resolve("laws").resolve("刑法").resolve("刑法.md");
      TrainingJob.run(
          new TrainingJob.Settings(
              registryDir, cail, lecard, null, java.nio.file.Files.isRegularFile(statutes) ? statutes : null, "1"),
          ModelTrainer.Config.defaults(),
          System.out);
    }
    long t0 = System.nanoTime();
    try (JudgmentModels jm = JudgmentModels.openActive(reg)) {
      EvaluationSplit.refuseScoring(jm.manifests());
      List<CailEvaluation.Result> rs = CailBenchmark.run(jm.predictor(), cail);
      System.out.printf(Locale.ROOT, "eval cail: %d cases scored in %.1f s with version %s (the registry's active one)%n",
          rs.get(0).cases(), (System.nanoTime() - t0) / 1e9, jm.version());
      return rs;
    }
  }
}
