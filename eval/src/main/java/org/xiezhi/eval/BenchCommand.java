package org.xiezhi.eval;

import org.xiezhi.api.extension.CliExtension;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiezhi bench}: Speed and load benchmarks that print figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Speed and load benchmarks that print figures.",
    subcommands = {BenchEmbedCommand.class, BenchSearchCommand.class, BenchLoadCommand.class, BenchPredictCommand.class,
        BenchAdviseCommand.class, BenchBackendsCommand.class, BenchSynthCommand.class})
public final class BenchCommand implements Runnable, CliExtension {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
