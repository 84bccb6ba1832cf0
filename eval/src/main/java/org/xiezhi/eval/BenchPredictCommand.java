package org.xiezhi.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xiezhi.models.data.CailSample;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.eval.KeywordBaseline;
import org.xiezhi.models.predict.JudgmentModels;
import org.xiezhi.models.predict.JudgmentPredictor;
import org.xiezhi.models.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiezhi bench predict}: Benchmark batch prediction throughput. */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Benchmark batch prediction throughput.")
public final class BenchPredictCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, description = "CAIL2018 folder: the facts of sample_test.json are predicted.")
  Path data;

  @Option(names = "--data-dir", defaultValue = "data") Path dataDir;

  @Option(names = "--threads", defaultValue = "2") int threads;

  @Override
  public Integer call() throws Exception {
    List<LabelledFact> facts = CailSample.read(data.resolve("sample_test.json"));
    KeywordBaseline kb = new KeywordBaseline(CailSample.labels(data.resolve("accu.txt")), CailSample.read(data.resolve("sample_train.json")));
    try (JudgmentModels jm = JudgmentModels.openActive(ModelRegistry.open(dataDir.resolve("models")))) {
      JudgmentPredictor p = jm.predictor();
      System.out.printf(Locale.ROOT, "bench predict: %d facts, %d threads, model %s%n", facts.size(), threads, p.model());
      for (int i = 0; i < 200; i++) {
        p.predict(facts.get(i % facts.size()).fact());
      }
      double model = rate(facts, threads, f -> p.predict(f));
      double base = rate(facts, threads, f -> kb.predict(f));
      System.out.printf(Locale.ROOT, "model (ONNX Runtime): %.1f facts/s%n", model);
      System.out.printf(Locale.ROOT, "keyword baseline:     %.1f facts/s (model/baseline %.2f)%n", base, model / base);
    }
    return 0;
  }

  private static double rate(List<LabelledFact> facts, int threads, java.util.function.Consumer<String> f) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> fs = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        final int off = t;
        fs.add(pool.submit(() -> {
          for (int i = off; i < facts.size(); i += threads) {
            f.accept(facts.get(i).fact());
          }
        }));
      }
      for (Future<?> x : fs) {
        x.get();
      }
      return facts.size() / ((System.nanoTime() - t0) / 1e9);
    } finally {
      pool.shutdown();
    }
  }
}
