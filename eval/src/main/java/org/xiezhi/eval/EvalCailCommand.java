package org.xiezhi.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi cail}: Evaluate charge, article and prison-term prediction on CAIL2018. PLACEHOLDER until built. */
@Command(name = "cail", mixinStandardHelpOptions = true, description = "Evaluate charge, article and prison-term prediction on CAIL2018.")
public final class EvalCailCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cail: not built yet");
    return 2;
  }
}
