package org.xiezhi.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi predict}: Benchmark batch prediction throughput. PLACEHOLDER until built. */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Benchmark batch prediction throughput.")
public final class BenchPredictCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("predict: not built yet");
    return 2;
  }
}
