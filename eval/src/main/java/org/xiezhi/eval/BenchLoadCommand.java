package org.xiezhi.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi load}: Load-test the HTTP service on loopback. PLACEHOLDER until built. */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Load-test the HTTP service on loopback.")
public final class BenchLoadCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("load: not built yet");
    return 2;
  }
}
