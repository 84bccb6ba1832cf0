package org.xiezhi.eval.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.api.cli.IndexCommand;
import org.xiezhi.api.port.CaseSearchPort;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.eval.BenchBackendsCommand;
import org.xiezhi.indexer.backend.BackendConfig;
import org.xiezhi.indexer.solr.SolrBackend;
import picocli.CommandLine;

/**
 * The command line and the service on a SolrCloud of 2 nodes: {@code index --backend solr} builds,
 * updates and deletes in a collection, the service answers from it, bad backend options are
 * refused, and {@code bench backends} prints embedded and Solr figures side by side.
 */
class BackendsOnMiniCloudTest {
  @TempDir static Path tmp;
  static MiniSolrCloudCluster cloud;
  static String zk;
  static Path cases;

  @BeforeAll
  static void start() throws Exception {
    cloud = TestCloud.shared();
    zk = cloud.getZkServer().getZkAddress();
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "demo", "judgments"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        CaseRecord r = JudgmentParser.parseText(f.getFileName().toString().replace(".txt", ""),
            Files.readString(f, StandardCharsets.UTF_8));
        lines.add(Json.mapper().writeValueAsString(r));
      }
    }
    cases = tmp.resolve("cases.jsonl");
    Files.write(cases, lines, StandardCharsets.UTF_8);
  }

  static int run(Object command, String... args) {
    return new CommandLine(command).execute(args);
  }

  @Test
  void indexCommandBuildsUpdatesAndServesACollection() throws Exception {
    assertEquals(0, run(new IndexCommand(), "--backend", "solr", "--zk-host", zk, "--collection", "cli",
        "--cases", cases.toString(), "--embedder", "none", "--data-dir", tmp.resolve("cli").toString(), "--shards", "2", "--replicas", "2"));
    try (SolrBackend b = SolrBackend.open(zk, "cli", null)) {
      assertEquals(42, b.counts()[0]);
    }
    CaseRecord first = Json.mapper().readValue(Files.readAllLines(cases, StandardCharsets.UTF_8).get(0), CaseRecord.class);
    CaseRecord renamed = new CaseRecord("renamed-1", first.source(), first.title(), first.court(), first.region(),
        first.caseNumber(), first.documentType(), first.procedure(), first.date(), first.year(), first.facts(),
        first.reasoning(), first.result(), first.fullText(), first.charges(), first.articles(), first.citations(),
        first.defendants(), first.missing());
    Path upsert = tmp.resolve("upsert.jsonl");
    Files.writeString(upsert, Json.mapper().writeValueAsString(renamed) + "\n", StandardCharsets.UTF_8);
    assertEquals(0, run(new IndexCommand(), "--backend", "solr", "--zk-host", zk, "--collection", "cli",
        "--embedder", "none", "--upsert", upsert.toString(), "--delete", first.id() + ",no-such-id"));
    XiezhiServices services = org.xiezhi.api.wiring.KnowledgeBase.open(BackendConfig.solr(zk, "cli").open(null),
        new org.xiezhi.corpus.data.DataDir(Files.createTempDirectory("xiezhi-solr-root")),
        new org.xiezhi.api.wiring.KnowledgeBase.Settings(null, 0, null, null, System.out));
    assertEquals(42, services.cases().size());
    assertTrue(services.cases().get("renamed-1").isPresent());
    assertTrue(services.cases().get(first.id()).isEmpty());
    CaseSearchPort.Result r = services.cases().search(new CaseSearchPort.Query("盗窃", 5, List.of(), null, null, null));
    assertTrue(r.total() > 0 && !r.hits().isEmpty(), r.toString());
  }

  @Test
  void badBackendOptionsAreRefused() {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertNotEquals(0, run(new IndexCommand(), "--backend", "solr", "--collection", "x", "--cases", cases.toString()));
      assertNotEquals(0, run(new IndexCommand(), "--backend", "solr", "--zk-host", zk, "--cases", cases.toString()));
      assertNotEquals(0, run(new IndexCommand(), "--backend", "elastic", "--cases", cases.toString()));
      assertNotEquals(0, run(new IndexCommand(), "--backend", "solr", "--zk-host", "no port", "--collection", "x",
          "--cases", cases.toString()));
    } finally {
      System.setErr(err);
    }
    String msg = buf.toString(StandardCharsets.UTF_8);
    assertTrue(msg.contains("--zk-host") && msg.contains("--collection") && msg.contains("embedded or solr"), msg);
  }

  @Test
  void benchBackendsPrintsBothSideBySide() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    int rc;
    try {
      rc = run(new BenchBackendsCommand(), "--cases", cases.toString(), "--zk-host", zk, "--collection", "bench",
          "--work-dir", tmp.resolve("bench").toString(), "--queries", "5", "--rounds", "1");
    } finally {
      System.setOut(out);
    }
    String text = buf.toString(StandardCharsets.UTF_8);
    System.out.println(text);
    assertEquals(0, rc, text);
    assertTrue(text.contains("cases: embedded 42, solr 42"), text);
    for (String row : List.of("indexing, cases/s", "keyword search, facets + highlights, p50 ms", "similar cases (default ranker), p50 ms")) {
      assertTrue(text.lines().anyMatch(l -> l.startsWith(row) && l.matches(".*\\d+\\.\\d+\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+x$")), row + "\n" + text);
    }
  }
}
