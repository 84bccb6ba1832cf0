package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi predict}: Predict charges, articles and prison term for facts in a JSON Lines file. PLACEHOLDER until built. */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Predict charges, articles and prison term for facts in a JSON Lines file.")
public final class PredictCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("predict: not built yet");
    return 2;
  }
}
