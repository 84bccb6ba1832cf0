package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi demo}: Build, ingest the demo corpus, index, load models and serve. PLACEHOLDER until built. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Build, ingest the demo corpus, index, load models and serve.")
public final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("demo: not built yet");
    return 2;
  }
}
