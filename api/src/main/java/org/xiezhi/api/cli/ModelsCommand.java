package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi models}: List, show, train and evaluate models in the registry. PLACEHOLDER until built. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List, show, train and evaluate models in the registry.")
public final class ModelsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("models: not built yet");
    return 2;
  }
}
