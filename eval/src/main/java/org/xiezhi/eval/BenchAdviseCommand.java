package org.xiezhi.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.advisor.AdviceRequest;
import org.xiezhi.advisor.Advisor;
import org.xiezhi.advisor.adapters.IndexSimilarCases;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.advisor.port.SimilarCase;
import org.xiezhi.advisor.port.SimilarCases;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.inference.EmbedderChoice;
import org.xiezhi.inference.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi bench advise}: time per case of {@link Advisor#advise} (charge check and a sentencing
 * reference per proposed charge, similar cases from the index, no model) with the LeCaRD query cases
 * that name a charge, with their charges, as requests, against two references run in the same process: one similar-case
 * search with explanations (k 10), and the advice as it was built before (each similar-case call
 * explained, then every case's record fetched again by id).
 */
@Command(name = "advise", mixinStandardHelpOptions = true, description = "Benchmark the advisor's time per case.")
public final class BenchAdviseCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.xiezhi.api.extension.DataDirOptions data = new org.xiezhi.api.extension.DataDirOptions();
  @Option(names = "--laws", description = "laws folder (default: ../shared/data/laws)") Path laws;
  @Option(names = "--queries", description = "LeCaRD query.json (default: ../shared/data/lecard/query.json)") Path queries;
  @Option(names = "--embedder", description = "int8, fp32 or none (default: ${DEFAULT-VALUE})") String embedder = "int8";
  @Option(names = "--rounds", description = "passes over the cases after one warm-up pass (default: ${DEFAULT-VALUE})") int rounds = 2;
  @Option(names = "--similar", description = "similar cases consulted per search (default: ${DEFAULT-VALUE}, as `advise`)") int k = 30;

  @Override
  public Integer call() throws Exception {
    Path dataDir = data.index();
    Path qf = queries != null ? queries : SharedData.require("lecard/query.json");
    Path lawsDir = laws != null ? laws : SharedData.require("laws");
    if (rounds < 1 || k < 1 || k > 200) {
      throw new IllegalArgumentException("--rounds must be ≥ 1 and --similar in [1, 200]");
    }
    List<AdviceRequest> reqs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(qf, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode n = Json.mapper().readTree(line);
          List<String> charges = new ArrayList<>();
          n.path("crime").forEach(c -> charges.add(c.asText()));
          if (charges.isEmpty()) {
            continue; // advice needs a proposed charge
          }
          reqs.add(new AdviceRequest(n.path("ridx").asText(), n.path("q").asText(), charges, List.of(), null));
        }
      }
    }
    if (reqs.isEmpty()) {
      throw new IllegalArgumentException("no queries in " + qf);
    }
    StatuteBook book = StatuteBook.fromLaws(lawsDir, null, null);
    System.out.printf(Locale.ROOT, "bench advise: index %s, %d cases (%.2f charges each), %d rounds after 1 warm-up, "
            + "similar %d, java %s, %d cpus%n", dataDir, reqs.size(),
        reqs.stream().mapToInt(r -> r.charges().size()).average().orElse(0), rounds, k, Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    try (TextEmbedder e = EmbedderChoice.open(embedder); CaseIndex idx = CaseIndex.open(dataDir, e)) {
      System.out.printf(Locale.ROOT, "index: %d cases, model %s, ranker %s%n", idx.counts()[0],
          idx.meta().embeddingModel(), idx.ranker().name());
      Advisor advisor = new Advisor(book, new IndexSimilarCases(idx, book), null, k);
      Advisor before = new Advisor(book, new ExplainedThenFetched(idx, new IndexSimilarCases(idx, book)), null, k);
      Latency.Op baseline = i -> idx.similar(SimilarRequest.of(reqs.get(i).fact(), 10));
      double base = Latency.report("baseline: one similar-case search with explanations, k 10", baseline, reqs.size(), rounds, 0);
      Latency.report("advise as before (explained searches, records fetched again)", i -> before.advise(reqs.get(i)), reqs.size(), rounds, base);
      Latency.report("advise (per case: charge check + sentencing per charge)", i -> advisor.advise(reqs.get(i)), reqs.size(), rounds, base);
    }
    return 0;
  }


  /** The similar-case adapter as it worked before: explained searches, then each record fetched by id. */
  private record ExplainedThenFetched(CaseIndex index, IndexSimilarCases sentences) implements SimilarCases {
    @Override
    public List<SimilarCase> find(String facts, String charge, int k) {
      try {
        SearchFilters f = charge == null ? SearchFilters.NONE
            : new SearchFilters(List.of(charge), null, null, null, null, null, null, null);
        List<SimilarCase> out = new ArrayList<>();
        for (var sc : index.similar(new SimilarRequest(facts, charge == null ? List.of() : List.of(charge), k, f)).cases()) {
          var hit = sc.hit();
          var rec = index.get(hit.id()).orElseThrow();
          out.add(new SimilarCase(hit.id(), hit.title(), hit.score(), hit.charges(), hit.articles(),
              charge == null ? List.of() : sentences.sentencesFor(rec, charge)));
        }
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
