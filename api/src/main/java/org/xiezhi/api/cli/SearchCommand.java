package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi search}: Search statutes and cases (keyword, semantic, hybrid). PLACEHOLDER until built. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search statutes and cases (keyword, semantic, hybrid).")
public final class SearchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("search: not built yet");
    return 2;
  }
}
