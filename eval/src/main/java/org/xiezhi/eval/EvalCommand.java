package org.xiezhi.eval;

import org.xiezhi.api.extension.CliExtension;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiezhi eval}: Evaluate on public benchmarks. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate on public benchmarks.",
    subcommands = {EvalLecardCommand.class, EvalCailCommand.class, EvalLecardIndexCommand.class, EvalGuidelineCommand.class})
public final class EvalCommand implements Runnable, CliExtension {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
