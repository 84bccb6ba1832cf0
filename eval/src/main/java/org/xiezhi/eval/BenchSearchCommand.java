package org.xiezhi.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.api.cli.IndexCliSupport;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.inference.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi bench search}: latency of similar-case search (query embedding included) and keyword
 * search on a built index, with the LeCaRD query cases as queries, against a baseline run in the
 * same process (a bare bigram BM25 search without facets or highlights).
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Benchmark keyword and similar-case search latency.")
public final class BenchSearchCommand implements Callable<Integer> {
  @Option(names = "--data-dir", description = "index folder (default: ${DEFAULT-VALUE})") Path dataDir = IndexCliSupport.DEFAULT_DATA_DIR;
  @Option(names = "--queries", description = "LeCaRD query.json (default: ../shared/data/lecard/query.json)") Path queries;
  @Option(names = "--embedder", description = "int8, fp32 or none (default: ${DEFAULT-VALUE})") String embedder = "int8";
  @Option(names = "--rounds", description = "passes over the queries after one warm-up pass (default: ${DEFAULT-VALUE})") int rounds = 3;
  @Option(names = "-k", description = "results per query (default: ${DEFAULT-VALUE})") int k = 10;

  @Override
  public Integer call() throws Exception {
    Path qf = queries != null ? queries : SharedData.require("lecard/query.json");
    List<String> facts = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(qf, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line);
        String q = n.path("q").asText();
        facts.add(q);
        keywords.add(keywordQuery(n, q));
      }
    }
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("no queries in " + qf);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be ≥ 1");
    }
    System.out.printf(Locale.ROOT, "bench search: index %s, %d queries, %d rounds after 1 warm-up, k %d, java %s, %d cpus%n",
        dataDir, facts.size(), rounds, k, Runtime.version(), Runtime.getRuntime().availableProcessors());
    try (TextEmbedder e = IndexCliSupport.embedder(embedder); CaseIndex idx = CaseIndex.open(dataDir, e)) {
      int[] counts = idx.counts();
      System.out.printf(Locale.ROOT, "index: %d cases, %d statutes, model %s, analyzers %s | %s, long text %s%n",
          counts[0], counts[1], idx.meta().embeddingModel(), idx.meta().wordAnalyzer(), idx.meta().bigramAnalyzer(),
          idx.meta().longTextStrategy());
      Op baseline = i -> idx.search(new SearchRequest("facts_bg:(" + escape(keywords.get(i)) + ")",
          SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, false, false));
      Op keyword = i -> idx.search(new SearchRequest(keywords.get(i), SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, true, true));
      Op keywordPlain = i -> idx.search(new SearchRequest(keywords.get(i), SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, false, false));
      Op similar = i -> idx.similar(SimilarRequest.of(facts.get(i), k));
      Op embed = e == null ? null : i -> e.embed(facts.get(i));
      double base = report("baseline: bigram BM25 on facts, no facets/highlights", baseline, facts.size(), 0);
      report("keyword search (all text fields, facets + highlights)", keyword, facts.size(), base);
      report("keyword search (no facets, no highlights)", keywordPlain, facts.size(), base);
      if (embed != null) {
        report("query embedding alone (" + e.modelId() + ")", embed, facts.size(), base);
      }
      report("similar cases (embedding + BM25 + kNN + ranking + explanations)", similar, facts.size(), base);
    }
    return 0;
  }

  interface Op {
    Object run(int i) throws Exception;
  }

  private double report(String name, Op op, int n, double baseP50) throws Exception {
    for (int i = 0; i < n; i++) {
      op.run(i);
    }
    double[] ms = new double[n * rounds];
    int j = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        op.run(i);
        ms[j++] = (System.nanoTime() - t) / 1e6;
      }
    }
    Arrays.sort(ms);
    double p50 = pct(ms, 50);
    double mean = Arrays.stream(ms).average().orElse(0);
    System.out.printf(Locale.ROOT, "%-68s n %4d  p50 %7.2f ms  p90 %7.2f  p99 %7.2f  max %7.2f  mean %7.2f%s%n",
        name, ms.length, p50, pct(ms, 90), pct(ms, 99), ms[ms.length - 1], mean,
        baseP50 > 0 ? String.format(Locale.ROOT, "  (%.1f× baseline p50)", p50 / baseP50) : "");
    return p50;
  }

  private static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** A short keyword query from a query case: its charges (without 罪) and the first clause of its facts. */
  private static String keywordQuery(JsonNode n, String q) {
    StringBuilder b = new StringBuilder();
    for (JsonNode c : n.path("crime")) {
      String s = c.asText();
      b.append(s.endsWith("罪") ? s.substring(0, s.length() - 1) : s).append(' ');
    }
    String clause = q.split("[，。,；;]")[0];
    b.append(clause, 0, Math.min(clause.length(), 16));
    return escape(b.toString().strip());
  }

  private static String escape(String s) {
    return org.apache.lucene.queryparser.classic.QueryParser.escape(s).replace("\\ ", " ");
  }
}
