package org.xiezhi.api.cli;

import picocli.CommandLine.Command;

/** {@code xiezhi corpus}: building the corpus records from the public sources. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Corpus records: ingest judgments, statutes and the charge catalogue.",
    subcommands = {CorpusIngestCommand.class})
public final class CorpusCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
