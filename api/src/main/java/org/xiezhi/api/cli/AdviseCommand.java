package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi advise}: Charge check, sentencing reference and anomaly hints for a JSON Lines file. PLACEHOLDER until built. */
@Command(name = "advise", mixinStandardHelpOptions = true, description = "Charge check, sentencing reference and anomaly hints for a JSON Lines file.")
public final class AdviseCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("advise: not built yet");
    return 2;
  }
}
