package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi backup}: Back up the data directory while serving. PLACEHOLDER until built. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the data directory while serving.")
public final class BackupCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("backup: not built yet");
    return 2;
  }
}
