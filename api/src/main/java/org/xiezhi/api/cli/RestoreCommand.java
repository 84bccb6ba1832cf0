package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi restore}: Restore a data directory from a backup. PLACEHOLDER until built. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore a data directory from a backup.")
public final class RestoreCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("restore: not built yet");
    return 2;
  }
}
