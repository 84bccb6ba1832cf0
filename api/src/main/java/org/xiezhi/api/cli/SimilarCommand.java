package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi similar}: Find similar cases for a fact description or a judgment. PLACEHOLDER until built. */
@Command(name = "similar", mixinStandardHelpOptions = true, description = "Find similar cases for a fact description or a judgment.")
public final class SimilarCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("similar: not built yet");
    return 2;
  }
}
