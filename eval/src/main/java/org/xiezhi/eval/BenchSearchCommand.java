package org.xiezhi.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SimilarCaseRanker;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.inference.EmbedderChoice;
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
  @picocli.CommandLine.Mixin org.xiezhi.api.extension.DataDirOptions data = new org.xiezhi.api.extension.DataDirOptions();
  @Option(names = "--queries", description = "LeCaRD query.json (default: ../shared/data/lecard/query.json)") Path queries;
  @Option(names = "--embedder", description = "int8, fp32 or none (default: ${DEFAULT-VALUE})") String embedder = "int8";
  @Option(names = "--embed-threads", description = "ONNX Runtime threads for the query embedding, one session (default: model defaults)") int embedThreads;
  @Option(names = "--rounds", description = "passes over the queries after one warm-up pass (default: ${DEFAULT-VALUE})") int rounds = 3;
  @Option(names = "-k", description = "results per query (default: ${DEFAULT-VALUE})") int k = 10;
  @Option(names = "--similar-only", description = "time only the baseline and the similar-case rows (no keyword search rows)") boolean similarOnly;

  @Override
  public Integer call() throws Exception {
    Path dataDir = data.index();
    Path qf = queries != null ? queries : SharedData.require("lecard/query.json");
    List<String> facts = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    List<List<String>> charges = new ArrayList<>();
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
        List<String> cs = new ArrayList<>();
        n.path("crime").forEach(c -> cs.add(c.asText()));
        charges.add(cs);
      }
    }
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("no queries in " + qf);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be ≥ 1");
    }
    System.out.printf(Locale.ROOT, "bench search: index %s, %d queries, %d rounds after 1 warm-up, k %d, java %s, %d cpus, %s%n",
        dataDir, facts.size(), rounds, k, Runtime.version(), Runtime.getRuntime().availableProcessors(), load());
    try (TextEmbedder e = EmbedderChoice.open(embedder, embedThreads); CaseIndex idx = CaseIndex.open(dataDir, e)) {
      int[] counts = idx.counts();
      System.out.printf(Locale.ROOT, "index: %d cases, %d statutes, model %s, analyzers %s | %s, long text %s%n",
          counts[0], counts[1], idx.meta().embeddingModel(), idx.meta().wordAnalyzer(), idx.meta().bigramAnalyzer(),
          idx.meta().longTextStrategy());
      Latency.Op baseline = i -> idx.search(new SearchRequest("facts_bg:(" + escape(keywords.get(i)) + ")",
          SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, false, false));
      Latency.Op keyword = i -> idx.search(new SearchRequest(keywords.get(i), SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, true, true));
      Latency.Op keywordFacets = i -> idx.search(new SearchRequest(keywords.get(i), SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, true, false));
      Latency.Op keywordHighlights = i -> idx.search(new SearchRequest(keywords.get(i), SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, false, true));
      Latency.Op keywordPlain = i -> idx.search(new SearchRequest(keywords.get(i), SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, false, false));
      Latency.Op similar = i -> idx.similar(SimilarRequest.of(facts.get(i), k));
      Latency.Op similarCharged = i -> idx.similar(new SimilarRequest(facts.get(i), charges.get(i), k, SearchFilters.NONE));
      Latency.Op embed = e == null ? null : i -> e.embed(facts.get(i));
      double base = Latency.report("baseline: bigram BM25 on facts, no facets/highlights", baseline, facts.size(), rounds, 0);
      if (!similarOnly) {
        Latency.report("keyword search (all text fields, facets + highlights)", keyword, facts.size(), rounds, base);
        Latency.report("keyword search (no facets, no highlights)", keywordPlain, facts.size(), rounds, base);
        Latency.report("  facets only", keywordFacets, facts.size(), rounds, base);
        Latency.report("  highlights only", keywordHighlights, facts.size(), rounds, base);
      }
      if (embed != null && !similarOnly) {
        Latency.report("query embedding alone (" + e.modelId() + ")", embed, facts.size(), rounds, base);
      }
      SimilarCaseRanker ranker = idx.ranker();
      // before any reranking: the BM25 candidates in BM25 order, through the same similar() path
      idx.setRanker(BM25_ORDER);
      try {
        Latency.report("similar cases, BM25 order only (no ranker), explained, charges given", similarCharged,
            facts.size(), rounds, base);
      } finally {
        idx.setRanker(ranker);
      }
      Latency.report("similar cases, " + ranker.name() + (ranker.usesVectors() ? ", with" : ", no")
          + " query embedding, explained", similar, facts.size(), rounds, base);
      Latency.report("  the same with the query's charges given (the evaluated method)", similarCharged, facts.size(), rounds, base);
      Path chargeList = qf.resolveSibling("criminal_charges.txt");
      if (Files.isRegularFile(chargeList)) {
        // the previous default rule in the same process, as the baseline of the learned ranker
        idx.setRanker(new org.xiezhi.indexer.rank.ChargeAwareRanker(new org.xiezhi.indexer.rank.ChargeNormalizer(
            Files.readAllLines(chargeList, StandardCharsets.UTF_8)), org.xiezhi.indexer.rank.ChargeOverlapFusion.DEFAULT_CHARGE_WEIGHT));
        try {
          Latency.report("similar cases, previous rule (bm25 + 0.3 charge overlap), charges given", similarCharged,
              facts.size(), rounds, base);
        } finally {
          idx.setRanker(ranker);
        }
      }
      if (e != null && !similarOnly) {
        idx.setRanker(SimilarCaseRanker.weightedFusion(0.3));
        try {
          Latency.report("similar cases, dense fusion (embedding + BM25 + kNN), explained", similar, facts.size(), rounds, base);
        } finally {
          idx.setRanker(ranker);
        }
      }
      System.out.printf(Locale.ROOT, "after the runs: %s%n", load());
    }
    return 0;
  }

  /** The similar-case candidates in their BM25 order, unchanged (what ranking costs is measured against it). */
  private static final SimilarCaseRanker BM25_ORDER = new SimilarCaseRanker() {
    @Override
    public String name() {
      return "bm25";
    }

    @Override
    public boolean usesVectors() {
      return false;
    }

    @Override
    public List<Scored> rank(Query q, List<Candidate> cs, Records records) {
      return cs.stream().map(c -> new Scored(c, Float.isNaN(c.bm25()) ? 0 : c.bm25())).toList();
    }
  };

  /** The machine's load average over the last minute (other processes' work shows in the figures). */
  private static String load() {
    double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "load average unknown" : String.format(Locale.ROOT, "load average %.2f", l);
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
