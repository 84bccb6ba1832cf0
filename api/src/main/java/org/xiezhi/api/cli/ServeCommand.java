package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi serve}: Run the HTTP service and web page. PLACEHOLDER until built. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP service and web page.")
public final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("serve: not built yet");
    return 2;
  }
}
