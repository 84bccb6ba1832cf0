package org.xiezhi.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.xiezhi.api.extension.CliExtension;

/** The {@code xiezhi} command line: operators' entry to every job of the center. */
@Command(
    name = "xiezhi",
    mixinStandardHelpOptions = true,
    version = "xiezhi 0.1.0",
    description = "Xiezhi (獬豸): legal knowledge and model center.",
    subcommands = {
      CorpusCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      SimilarCommand.class,
      ModelsCommand.class,
      PredictCommand.class,
      AdviseCommand.class,
      ServeCommand.class,
      SetupCommand.class,
      DemoCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
    })
public final class XiezhiCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Builds the command line with the built-in and the discovered subcommands. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new XiezhiCli());
    for (CliExtension ext : ServiceLoader.load(CliExtension.class)) {
      cl.addSubcommand(ext);
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
          if (Boolean.getBoolean("xiezhi.debug")) {
            ex.printStackTrace(cmd.getErr());
          }
          return 1;
        });
    return cl;
  }

  public static void main(String[] args) {
    System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    quietLog4jApi();
    int rc = commandLine().execute(args);
    System.exit(rc);
  }

  /**
   * Apache POI (the Word report) logs through the Log4j API; with no Log4j implementation on the
   * class path the API's simple logger is chosen here, before anything logs, so the command starts
   * without the API's warning. Set only for the command line and only when no implementation is
   * present: a library or test that brings Log4j's core (SolrCloud in tests) keeps it.
   */
  private static void quietLog4jApi() {
    String key = "log4j2.loggerContextFactory";
    if (System.getProperty(key) == null && !present("org.apache.logging.log4j.core.LoggerContext")) {
      System.setProperty(key, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, XiezhiCli.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
