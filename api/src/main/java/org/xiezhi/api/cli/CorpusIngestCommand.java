package org.xiezhi.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.xiezhi.corpus.ingest.CorpusIngest;
import org.xiezhi.corpus.ingest.IngestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xiezhi corpus ingest}: parses LeCaRD judgments, plain-text judgments, CAIL2018 records and
 * the laws folder into masked JSON Lines records (cases, statutes, charges) and a report.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Parse judgments, CAIL records and laws into masked JSON Lines records.",
      "Writes cases.jsonl, statutes.jsonl, charges.jsonl, masking.json (the policy) and ingest-report.json into --out."
    })
public final class CorpusIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "KIND=DIR",
      description = "A source (repeatable): lecard=DIR (candidates.tar.xz or candidates/), "
          + "cail2018=DIR (sample_train.json, sample_test.json), laws=DIR, text=DIR (*.txt judgments), "
          + "demo=DIR (*.txt fictional example judgments, source demo).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parsing threads (default: the number of processors).")
  Integer threads;

  @Mixin MaskingOption masking = new MaskingOption();

  @Override
  public Integer call() throws Exception {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    IngestSettings settings;
    try {
      List<IngestSettings.Source> parsed = new ArrayList<>();
      for (String s : sources) {
        parsed.add(IngestSettings.parseSource(s));
      }
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      settings = new IngestSettings(parsed, out, n, masking.policy());
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    new CorpusIngest(settings, err).run();
    return 0;
  }
}
