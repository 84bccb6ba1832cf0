package org.xiezhi.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.api.extension.DataRootOption;
import org.xiezhi.advisor.AdvisorRuntime;
import org.xiezhi.advisor.BatchAdvice;
import org.xiezhi.advisor.sentencing.guideline.AmountStandards;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.inference.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiezhi advise}: charge check, sentencing reference and anomaly hints for a JSON Lines file. */
@Command(name = "advise", mixinStandardHelpOptions = true,
    description = "Charge check, sentencing reference and anomaly hints for a JSON Lines file.")
public final class AdviseCommand implements Callable<Integer> {
  @Option(names = "--in", required = true,
      description = "Input: one {\"id\",\"fact\",\"charges\",\"articles\"?,\"sentence\"?,\"amountStandard\"?} per line.")
  Path in;

  @Option(names = "--out", required = true, description = "Output JSON Lines (written atomically).")
  Path out;

  @Mixin DataRootOption data = new DataRootOption();

  @Option(names = "--laws", description = "Laws folder, read when <data-dir>/corpus has no statutes.")
  Path laws;

  @Option(names = "--similar", defaultValue = "30", description = "Similar cases consulted (default ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--amount-standard", defaultValue = "low",
      description = "End of a provincial amount range (盗窃 1,000–3,000 元 …) for lines without amountStandard: low or high"
          + " (default ${DEFAULT-VALUE}).")
  String amountStandard;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(in)) {
      System.err.println("advise: --in " + in + " is not a readable file");
      return 2;
    }
    if (k < 1 || k > 200) {
      System.err.println("advise: --similar must be between 1 and 200");
      return 2;
    }
    AmountStandards.Standard standard;
    try {
      standard = AmountStandards.Standard.parse(amountStandard.isBlank() ? "blank" : amountStandard);
    } catch (IllegalArgumentException e) {
      System.err.println("advise: --amount-standard must be low or high, not " + amountStandard);
      return 2;
    }
    DataDir d = data.data();
    if (laws == null && !Files.isRegularFile(d.statutes())) {
      throw new DataDir.MissingDataException(d.statutes(), "no statutes", "'" + DataDir.SETUP + "' (or pass --laws DIR)");
    }
    try (TextEmbedder e = KnowledgeBase.indexEmbedder(d); AdvisorRuntime rt = KnowledgeBase.advisor(d, laws, e, k)) {
      System.err.println("advise: " + rt.description());
      BatchAdvice.Outcome o = new BatchAdvice(rt.advisor(), standard).run(in, out);
      List<Double> ms = new ArrayList<>(o.millis());
      Collections.sort(ms);
      System.err.printf(Locale.ROOT, "advise: %d lines, %d advised, %d errors; p50 %.1f ms, p99 %.1f ms per case%n",
          o.lines(), o.advised(), o.errors(), pct(ms, 50), pct(ms, 99));
      return 0;
    }
  }

  /** Nearest-rank percentile of sorted values. */
  private static double pct(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
  }
}
