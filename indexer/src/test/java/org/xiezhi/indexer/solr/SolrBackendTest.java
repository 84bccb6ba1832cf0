package org.xiezhi.indexer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseHit;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.CaseSource;
import org.xiezhi.indexer.IndexBuilder;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SearchResult;
import org.xiezhi.indexer.SimilarCase;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.SimilarResult;
import org.xiezhi.indexer.analysis.LegalDictionary;
import org.xiezhi.indexer.backend.EmbeddedBackend;
import org.xiezhi.indexer.backend.SearchBackend;
import org.xiezhi.inference.OnnxEmbedder;

/**
 * The project's demo corpus (42 fictional judgments, facts embedded with bge-small-zh int8) in the
 * embedded index and in a SolrCloud collection of 2 shards × 2 replicas on 2 nodes: every kind of
 * search answers the same on both; with one node stopped, search still answers and no
 * acknowledged document is lost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrBackendTest {
  @TempDir static Path tmp;
  static MiniSolrCloudCluster cloud;
  static OnnxEmbedder embedder;
  static SearchBackend embedded;
  static SolrBackend solr;
  static List<CaseRecord> demo;

  @BeforeAll
  static void build() throws Exception {
    demo = org.xiezhi.indexer.DemoCases.all();
    embedder = OnnxEmbedder.openDefault();
    LegalDictionary dict = LegalDictionary.of(demo.stream().flatMap(r -> r.charges().stream()).toList());
    IndexBuilder.Settings settings = IndexBuilder.Settings.defaults(tmp.resolve("idx"));
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    CaseSource source = org.xiezhi.indexer.DemoCases.source(demo);
    IndexBuilder.build(settings, source, CaseSource.statutes(resource("demo-statutes.jsonl")), dict, embedder, quiet);
    embedded = new EmbeddedBackend(CaseIndex.open(settings.dataDir(), embedder));

    cloud = TestCloud.start(tmp, 2);
    CloudSolrClient client = cloud.getSolrClient();
    IndexBuilder.Counters c = IndexBuilder.build(settings, source, CaseSource.statutes(resource("demo-statutes.jsonl")),
        dict, embedder, quiet,
        meta -> SolrBackend.create(client, "demo", meta, dict, embedder, 2, 2, tmp.resolve("configsets")).buildTarget());
    assertEquals(0, c.vectorsEmbedded, "the second build takes every vector from the cache");
    solr = SolrBackend.open(SolrCluster.connect(cloud.getZkServer().getZkAddress()), "demo", embedder);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {solr, embedded, embedder}) {
      if (c != null) {
        c.close();
      }
    }
    if (cloud != null) {
      cloud.shutdown();
    }
  }

  static Path resource(String name) throws Exception {
    return Path.of(CaseIndex.class.getResource(name).toURI());
  }

  @Test
  @Order(1)
  void sameCountsAndRecords() throws Exception {
    assertEquals(List.of(42L, 3L), List.of(solr.counts()[0], solr.counts()[1]));
    assertEquals(embedded.counts()[0], solr.counts()[0]);
    String id = demo.get(5).id();
    assertEquals(embedded.get(id), solr.get(id));
    assertTrue(solr.get("no-such-case").isEmpty());
    assertEquals("solr", solr.kind());
    assertEquals(embedded.meta(), solr.meta());
  }

  @Test
  @Order(2)
  void keywordSearchFiltersFacetsAndHighlightsAreTheSame() throws Exception {
    List<SearchRequest> requests = new ArrayList<>();
    for (String q : List.of("盗窃", "入户盗窃 手机", "醉酒驾驶", "\"醉酒驾驶\"", "故意伤害 轻伤二级", "+诈骗 -电信",
        "charge:盗窃罪 电动车", "被告人 供认")) {
      requests.add(new SearchRequest(q, SearchRequest.Mode.KEYWORD, null, 10, true, true));
    }
    requests.add(new SearchRequest("盗窃", SearchRequest.Mode.KEYWORD,
        new SearchFilters(List.of("盗窃"), null, null, null, 2015, 2030, 1, 36), 10, true, true));
    requests.add(new SearchRequest("被告人", SearchRequest.Mode.KEYWORD,
        new SearchFilters(List.of("危险驾驶罪", "诈骗罪"), null, null, null, null, null, null, 6), 20, true, true));
    for (SearchRequest r : requests) {
      assertSame(embedded.search(r), solr.search(r), r.query() + " " + r.filters());
    }
  }

  @Test
  @Order(3)
  void semanticAndHybridSearchAreTheSame() throws Exception {
    for (SearchRequest.Mode m : List.of(SearchRequest.Mode.SEMANTIC, SearchRequest.Mode.HYBRID)) {
      for (String q : List.of("醉酒后驾驶机动车在道路上行驶被查获", "趁被害人不备抢走手机", "网络上冒充客服骗取钱财")) {
        SearchRequest r = new SearchRequest(q, m, null, 5, true, true);
        assertSame(embedded.search(r), solr.search(r), m + " " + q);
      }
      SearchRequest f = new SearchRequest("盗窃财物", m,
          new SearchFilters(List.of("盗窃罪"), null, null, null, null, null, null, null), 3, true, false);
      assertSame(embedded.search(f), solr.search(f), m + " filtered");
    }
  }

  @Test
  @Order(4)
  void similarCasesAreTheSame() throws Exception {
    for (CaseRecord q : List.of(demo.get(0), demo.get(7), demo.get(20), demo.get(33))) {
      SimilarRequest r = new SimilarRequest(q.facts(), q.charges(), 8, null);
      SimilarResult a = embedded.similar(r);
      SimilarResult b = solr.similar(r);
      assertEquals(a.ranker(), b.ranker());
      assertEquals(a.cases().size(), b.cases().size());
      assertEquals(ranking(a.cases().stream().map(SimilarCase::hit).toList(), false),
          ranking(b.cases().stream().map(SimilarCase::hit).toList(), false), q.id());
      java.util.Map<String, SimilarCase> byId = new java.util.HashMap<>();
      b.cases().forEach(c -> byId.put(c.hit().id(), c));
      for (int i = 0; i < a.cases().size(); i++) {
        SimilarCase x = a.cases().get(i);
        SimilarCase y = byId.get(x.hit().id());
        if (y == null) {
          continue; // tied at the cut
        }
        assertEquals(x.keywordScore(), y.keywordScore(), 1e-3 * Math.max(1, x.keywordScore()));
        if (x.denseScore() == null || y.denseScore() == null) {
          assertEquals(x.denseScore(), y.denseScore()); // the default ranker reads no vectors: no kNN on either
        } else {
          assertEquals(x.denseScore(), y.denseScore(), 1e-4);
        }
        assertEquals(x.sharedCharges(), y.sharedCharges());
        assertEquals(x.sharedTerms(), y.sharedTerms());
        assertEquals(x.hit().snippets(), y.hit().snippets());
      }
    }
    // a whole judgment as the query: its charges are read from it on both backends
    String judgment = Files.readString(Path.of("..", "demo", "judgments", "demo-03.txt"), StandardCharsets.UTF_8);
    SimilarResult a = embedded.similar(SimilarRequest.of(judgment, 5));
    SimilarResult b = solr.similar(SimilarRequest.of(judgment, 5));
    assertEquals(a.queryCharges(), b.queryCharges());
    assertEquals(ids(a), ids(b));
  }

  @Test
  @Order(5)
  void statutesAreTheSame() throws Exception {
    for (String ref : List.of("刑法第264条", "第一百三十三条之一", "盗窃公私财物")) {
      assertEquals(embedded.statute(ref), solr.statute(ref), ref);
    }
  }

  @Test
  @Order(6)
  void withOneNodeStoppedSearchAnswersAndNoAcknowledgedDocumentIsLost() throws Exception {
    SearchRequest all = new SearchRequest("被告人", SearchRequest.Mode.KEYWORD, null, 100, false, false);
    long before = solr.search(all).total();
    JettySolrRunner stopped = cloud.stopJettySolrRunner(1);
    cloud.waitForJettyToStop(stopped);
    assertEquals(before, solr.search(all).total(), "search with one node down");
    assertEquals(List.of(42L, 3L), List.of(solr.counts()[0], solr.counts()[1]));
    // writes while the node is down are acknowledged by the surviving replicas
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      CaseRecord src = demo.get(i);
      CaseRecord copy = JudgmentParser.parseText("copy-" + i, src.fullText());
      solr.upsert(copy, null);
      added.add(copy.id());
    }
    solr.commit();
    assertEquals(54, solr.counts()[0]);
    cloud.startJettySolrRunner(stopped);
    cloud.waitForActiveCollection("demo", 2, 4);
    for (int round = 0; round < 3; round++) { // queries go to either replica
      assertEquals(54, solr.counts()[0]);
      for (String id : added) {
        assertTrue(solr.get(id).isPresent(), id);
      }
    }
    assertTrue(solr.delete(added.get(0)));
    assertFalse(solr.delete("no-such-case"));
    solr.commit();
    assertEquals(53, solr.counts()[0]);
  }

  static List<String> ids(SimilarResult r) {
    return r.cases().stream().map(c -> c.hit().id()).toList();
  }

  static void assertSame(SearchResult a, SearchResult b, String what) {
    assertEquals(a.total(), b.total(), what + ": total");
    assertEquals(a.hits().size(), b.hits().size(), what + ": hits");
    assertEquals(ranking(a.hits(), a.hits().size() == a.total()), ranking(b.hits(), b.hits().size() == b.total()), what);
    java.util.Map<String, CaseHit> byId = new java.util.HashMap<>();
    b.hits().forEach(h -> byId.put(h.id(), h));
    for (int i = 0; i < a.hits().size(); i++) {
      CaseHit x = a.hits().get(i);
      assertEquals(x.score(), b.hits().get(i).score(), 1e-4 * Math.max(1, Math.abs(x.score())), what + " score " + i);
      CaseHit y = byId.get(x.id());
      if (y != null) {
        assertEquals(x.snippets(), y.snippets(), what + " snippets " + x.id());
        assertEquals(x.penalties(), y.penalties());
      }
    }
    assertEquals(a.facets(), b.facets(), what + ": facets");
  }

  /**
   * Hits as "score id" lines with equal scores (to 1e-4) ordered by id: ties may come in any order.
   * When the list was cut at k, the last group of equal scores may hold different members: it is
   * reduced to its score.
   */
  static List<String> ranking(List<CaseHit> hits, boolean complete) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < hits.size()) {
      int j = i;
      double s = hits.get(i).score();
      while (j < hits.size() && Math.abs(hits.get(j).score() - s) <= 1e-4 * Math.max(1, Math.abs(s))) {
        j++;
      }
      String score = String.format(java.util.Locale.ROOT, "%.3f", s);
      if (j == hits.size() && !complete) {
        out.add(score + " (" + (j - i) + " tied at the cut)");
      } else {
        hits.subList(i, j).stream().map(CaseHit::id).sorted().forEach(id -> out.add(score + " " + id));
      }
      i = j;
    }
    return out;
  }
}
