package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi index}: Build or update the search index from corpus records. PLACEHOLDER until built. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Build or update the search index from corpus records.")
public final class IndexCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("index: not built yet");
    return 2;
  }
}
