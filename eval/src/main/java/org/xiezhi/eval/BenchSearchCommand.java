package org.xiezhi.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi search}: Benchmark keyword and similar-case search latency. PLACEHOLDER until built. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Benchmark keyword and similar-case search latency.")
public final class BenchSearchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("search: not built yet");
    return 2;
  }
}
