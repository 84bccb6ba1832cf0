package org.xiezhi.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code xiezhi ingest}: Parse judgments, CAIL records and laws into masked JSON Lines records. PLACEHOLDER until built. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Parse judgments, CAIL records and laws into masked JSON Lines records.")
public final class CorpusIngestCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("ingest: not built yet");
    return 2;
  }
}
