package org.xiezhi.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.CaseSource;
import org.xiezhi.indexer.IndexBuilder;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.indexer.backend.EmbeddedBackend;
import org.xiezhi.indexer.backend.SearchBackend;
import org.xiezhi.indexer.solr.SolrBackend;
import org.xiezhi.indexer.solr.SolrCluster;
import org.xiezhi.inference.EmbedderChoice;
import org.xiezhi.inference.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi bench backends}: the same corpus indexed and searched on the embedded index and on a
 * SolrCloud collection in one run, figures side by side: indexing throughput (cases/s, wall and
 * this process's CPU) and the latency of keyword search (facets + highlights), similar cases and,
 * with an embedder, hybrid search, over the same seeded sample of the corpus's own cases.
 */
@Command(name = "backends", mixinStandardHelpOptions = true,
    description = "Benchmark indexing and search, embedded index against a SolrCloud collection, side by side.")
public final class BenchBackendsCommand implements Callable<Integer> {
  @Option(names = "--cases", description = "cases.jsonl written by `corpus ingest` (default: <data-dir>/corpus/cases.jsonl)") Path cases;
  @Option(names = "--data-dir", description = "data root (default: ${DEFAULT-VALUE})") Path dataDir = org.xiezhi.corpus.data.DataDir.DEFAULT;
  @Option(names = "--zk-host", required = true, description = "ZooKeeper of the SolrCloud, HOST:PORT[/chroot]") String zkHost;
  @Option(names = "--collection", description = "collection to (re)create for the run (default ${DEFAULT-VALUE})") String collection = "xiezhi-bench";
  @Option(names = "--shards", description = "shards (default ${DEFAULT-VALUE})") int shards = 2;
  @Option(names = "--replicas", description = "replicas per shard (default ${DEFAULT-VALUE})") int replicas = 1;
  @Option(names = "--work-dir", description = "embedded index, vector cache and configset (default ${DEFAULT-VALUE})") Path workDir = Path.of("work-data", "bench-backends");
  @Option(names = "--embedder", description = "int8, fp32 or none (default ${DEFAULT-VALUE}: the cost of embedding is the same on both)") String embedder = "none";
  @Option(names = "--queries", description = "cases sampled as queries (default ${DEFAULT-VALUE})") int queries = 50;
  @Option(names = "--rounds", description = "passes over the queries after one warm-up pass (default ${DEFAULT-VALUE})") int rounds = 2;
  @Option(names = "-k", description = "results per query (default ${DEFAULT-VALUE})") int k = 10;

  @Override
  public Integer call() throws Exception {
    if (queries < 1 || rounds < 1 || k < 1 || shards < 1 || replicas < 1) {
      System.err.println("backends: --queries, --rounds, -k, --shards and --replicas must be ≥ 1");
      return 2;
    }
    if (!collection.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
      System.err.println("backends: bad --collection " + collection);
      return 2;
    }
    CaseSource source = CaseSource.jsonl(cases != null ? cases : org.xiezhi.corpus.data.DataDir.of(dataDir).requireCases());
    Sample sample = new Sample(queries);
    LegalDictionary dict = dictionary();
    System.out.printf(Locale.ROOT, "bench backends: %s; embedded vs SolrCloud %s (%d shards x %d replicas) at %s%n"
            + "  java %s, %d cpus, load average %s%n",
        source.describe(), collection, shards, replicas, zkHost, Runtime.version(),
        Runtime.getRuntime().availableProcessors(), loadAverage());
    Map<String, double[]> rows = new LinkedHashMap<>();
    try (TextEmbedder e = EmbedderChoice.open(embedder); CloudSolrClient client = SolrCluster.connect(zkHost)) {
      Path embeddedDir = workDir.resolve("embedded");
      IndexBuilder.Settings s = IndexBuilder.Settings.defaults(embeddedDir);
      s = new IndexBuilder.Settings(embeddedDir, workDir.resolve("vector-cache"), s.strategy(), s.maxEmbedChars(),
          s.batchSize(), s.ramBufferMb(), s.bm25K1(), s.bm25B());
      IndexBuilder.Settings settings = s;
      // 1. indexing (the first build fills the vector cache: the second embeds nothing)
      Phase p1 = Phase.start();
      IndexBuilder.Counters ce = IndexBuilder.build(settings, sample.wrap(source), null, dict, e, System.out);
      double[] embeddedIdx = p1.stop();
      if (SolrCluster.exists(client, collection)) {
        System.out.println("deleting the previous collection " + collection);
        CollectionAdminRequest.deleteCollection(collection).process(client);
      }
      Phase p2 = Phase.start();
      IndexBuilder.Counters cs = IndexBuilder.build(settings, source, null, dict, e, System.out,
          meta -> SolrBackend.create(client, collection, meta, dict, e, shards, replicas, workDir.resolve("configsets"))
              .buildTarget());
      double[] solrIdx = p2.stop();
      double embedSecs = ce.embedSeconds;
      rows.put("indexing, cases/s (wall, embedding excluded)", new double[] {
          ce.casesIndexed / Math.max(1e-9, embeddedIdx[0] - embedSecs), cs.casesIndexed / Math.max(1e-9, solrIdx[0] - cs.embedSeconds)});
      rows.put("indexing, wall s", new double[] {embeddedIdx[0], solrIdx[0]});
      rows.put("indexing, CPU s of this process (not an external cluster)", new double[] {embeddedIdx[1], solrIdx[1]});
      // 2. searching
      try (SearchBackend emb = new EmbeddedBackend(CaseIndex.open(embeddedDir, e));
          SearchBackend solr = SolrBackend.open(SolrCluster.connect(zkHost), collection, e)) {
        System.out.printf(Locale.ROOT, "cases: embedded %d, solr %d; %d query cases%n", emb.counts()[0], solr.counts()[0],
            sample.records.size());
        latency(rows, "keyword search, facets + highlights", emb, solr, b -> i -> b.search(new SearchRequest(
            sample.keyword(i), SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, true, true)), sample.records.size());
        latency(rows, "keyword search, plain", emb, solr, b -> i -> b.search(new SearchRequest(
            sample.keyword(i), SearchRequest.Mode.KEYWORD, SearchFilters.NONE, k, false, false)), sample.records.size());
        latency(rows, "similar cases (default ranker)", emb, solr, b -> i -> b.similar(
            new SimilarRequest(sample.records.get(i).facts(), sample.records.get(i).charges(), k, null)),
            sample.records.size());
        if (e != null) {
          latency(rows, "hybrid search (embedding included)", emb, solr, b -> i -> b.search(new SearchRequest(
              sample.keyword(i), SearchRequest.Mode.HYBRID, SearchFilters.NONE, k, true, true)), sample.records.size());
        }
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-68s %12s %12s %10s%n", "", "embedded", "solr", "solr/emb");
    rows.forEach((name, v) -> System.out.printf(Locale.ROOT, "%-68s %12.2f %12.2f %9.2fx%n", name, v[0], v[1], v[1] / v[0]));
    System.out.println("load average at the end: " + loadAverage());
    return 0;
  }

  interface Op {
    Object run(int i) throws Exception;
  }

  interface OpFactory {
    Op on(SearchBackend b);
  }

  private void latency(Map<String, double[]> rows, String name, SearchBackend emb, SearchBackend solr, OpFactory f, int n)
      throws Exception {
    double[] a = measure(f.on(emb), n);
    double[] b = measure(f.on(solr), n);
    rows.put(name + ", p50 ms", new double[] {a[0], b[0]});
    rows.put(name + ", p90 ms", new double[] {a[1], b[1]});
    rows.put(name + ", CPU ms per query, this process", new double[] {a[2], b[2]});
  }

  /** p50, p90 and this process's CPU per query, after one warm-up pass. */
  private double[] measure(Op op, int n) throws Exception {
    for (int i = 0; i < n; i++) {
      op.run(i);
    }
    double[] ms = new double[n * rounds];
    Phase p = Phase.start();
    int j = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        op.run(i);
        ms[j++] = (System.nanoTime() - t) / 1e6;
      }
    }
    double cpu = p.stop()[1] * 1000 / ms.length;
    Arrays.sort(ms);
    return new double[] {pct(ms, 50), pct(ms, 90), cpu};
  }

  private static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private LegalDictionary dictionary() throws IOException {
    try { // as `xiezhi index` does: the charge lists of the public data when present
      Path data = org.xiezhi.corpus.source.SharedData.dataDir();
      List<Path> files = new ArrayList<>();
      for (Path f : List.of(data.resolve("lecard/criminal_charges.txt"), data.resolve("cail2018/accu.txt"))) {
        if (Files.isRegularFile(f)) {
          files.add(f);
        }
      }
      return files.isEmpty() ? LegalDictionary.builtIn() : LegalDictionary.withChargeFiles(files);
    } catch (IllegalStateException e) {
      return LegalDictionary.builtIn();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Wall and process CPU time of a phase. */
  private record Phase(long wall, long cpu) {
    static Phase start() {
      return new Phase(System.nanoTime(), cpuNanos());
    }

    double[] stop() {
      return new double[] {(System.nanoTime() - wall) / 1e9, (cpuNanos() - cpu) / 1e9};
    }

    private static long cpuNanos() {
      if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
        return os.getProcessCpuTime();
      }
      return 0;
    }
  }

  /** A seeded sample of the cases with facts (reservoir), taken while the first build reads them. */
  private static final class Sample {
    final int size;
    final List<CaseRecord> records = new ArrayList<>();
    final Random random = new Random(20240601L);
    long seen;

    Sample(int size) {
      this.size = size;
    }

    CaseSource wrap(CaseSource source) {
      return new CaseSource() {
        @Override
        public void cases(Sink<CaseRecord> sink) throws IOException {
          source.cases(new Sink<>() {
            @Override
            public void accept(CaseRecord r) throws IOException {
              offer(r);
              sink.accept(r);
            }

            @Override
            public void reject(String where, String reason) {
              sink.reject(where, reason);
            }
          });
        }

        @Override
        public String describe() {
          return source.describe();
        }
      };
    }

    void offer(CaseRecord r) {
      if (r.facts() == null || r.facts().isBlank()) {
        return;
      }
      seen++;
      if (records.size() < size) {
        records.add(r);
      } else {
        long j = (long) (random.nextDouble() * seen);
        if (j < size) {
          records.set((int) j, r);
        }
      }
    }

    /** A short keyword query: the case's charges (without 罪) and the start of its facts. */
    String keyword(int i) {
      CaseRecord r = records.get(i);
      StringBuilder b = new StringBuilder();
      for (String c : r.charges()) {
        b.append(c.endsWith("罪") ? c.substring(0, c.length() - 1) : c).append(' ');
      }
      String clause = r.facts().split("[，。,；;]")[0];
      b.append(clause, 0, Math.min(clause.length(), 16));
      return org.apache.lucene.queryparser.classic.QueryParser.escape(b.toString().strip()).replace("\\ ", " ");
    }
  }
}
