package org.xiezhi.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi lecard}: Evaluate case retrieval on LeCaRD (pool and corpus protocols). PLACEHOLDER until built. */
@Command(name = "lecard", mixinStandardHelpOptions = true, description = "Evaluate case retrieval on LeCaRD (pool and corpus protocols).")
public final class EvalLecardCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("lecard: not built yet");
    return 2;
  }
}
