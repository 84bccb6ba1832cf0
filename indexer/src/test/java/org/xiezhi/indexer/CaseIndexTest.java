package org.xiezhi.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.analysis.LegalDictionary;

class CaseIndexTest {
  @TempDir static Path tmp;
  static Path dataDir;
  static HashingEmbedder embedder = new HashingEmbedder("hash@1");
  static IndexBuilder.Counters counters;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(CaseIndexTest.class.getResource(name).toURI());
  }

  @BeforeAll
  static void build() throws Exception {
    dataDir = tmp.resolve("idx");
    counters = IndexBuilder.build(IndexBuilder.Settings.defaults(dataDir), CaseSource.jsonl(resource("demo-cases.jsonl")),
        CaseSource.statutes(resource("demo-statutes.jsonl")), LegalDictionary.of(List.of("盗窃罪", "危险驾驶罪", "故意伤害罪")), embedder,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void countersAndMeta() throws Exception {
    assertEquals(4, counters.casesIndexed);
    assertEquals(4, counters.vectorsEmbedded);
    assertEquals(3, counters.statutesIndexed);
    try (CaseIndex idx = CaseIndex.open(dataDir, embedder)) {
      assertEquals("hash@1", idx.meta().embeddingModel());
      assertEquals(4, idx.counts()[0]);
      assertEquals(3, idx.counts()[1]);
    }
  }

  @Test
  void keywordSearchWithFiltersFacetsAndHighlights() throws Exception {
    try (CaseIndex idx = CaseIndex.open(dataDir, embedder)) {
      SearchResult r = idx.search(SearchRequest.keyword("入户盗窃"));
      assertEquals("demo-2", r.hits().get(0).id());
      assertTrue(r.hits().get(0).snippets().get(0).contains("【入户盗窃】"), r.hits().get(0).snippets().toString());
      assertTrue(r.facets().get("charge").contains(new SearchResult.FacetCount("盗窃罪", 2)), r.facets().toString());
      SearchResult filtered = idx.search(new SearchRequest("盗窃", SearchRequest.Mode.KEYWORD,
          new SearchFilters(List.of("盗窃"), null, null, List.of("东山省"), 2019, 2019, 6, 12), 10, true, true));
      assertEquals(List.of("demo-1"), filtered.hits().stream().map(CaseHit::id).toList());
      assertEquals("有期徒刑8个月，罚金3000元", filtered.hits().get(0).penalties().get(0).penalty());
      SearchResult phrase = idx.search(SearchRequest.keyword("\"醉酒驾驶\" court:东山市西城区人民法院"));
      assertEquals("demo-3", phrase.hits().get(0).id());
    }
  }

  @Test
  void fullTextLeavesTheStoredRecordAndComesBackWithTheCase() throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(resource("demo-cases.jsonl"), StandardCharsets.UTF_8);
    try (CaseIndex idx = CaseIndex.open(dataDir, embedder)) {
      int withText = 0;
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        CaseRecord src = org.xiezhi.corpus.io.Json.mapper().readValue(line, CaseRecord.class);
        CaseRecord got = idx.get(src.id()).orElseThrow();
        assertEquals(src.fullText(), got.fullText(), src.id());
        assertEquals(src.withFullText(null), got.withFullText(null), src.id());
        withText += src.fullText() == null ? 0 : 1;
        var s = idx.manager().acquire();
        try {
          int doc = s.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(CaseFields.ID, src.id())), 1)
              .scoreDocs[0].doc;
          assertEquals(null, StoredRecords.caseRecord(s, doc).fullText(), "a hit's record carries no full text");
        } finally {
          idx.manager().release(s);
        }
      }
      assertTrue(withText > 0, "demo cases with a full text");
    }
  }

  @Test
  void textThatIsNotQuerySyntaxIsSearchedLiterally() throws Exception {
    try (CaseIndex idx = CaseIndex.open(dataDir, embedder)) {
      assertTrue(idx.search(SearchRequest.keyword("盗窃 AND (")).total() > 0);
    }
  }

  @Test
  void semanticAndHybrid() throws Exception {
    try (CaseIndex idx = CaseIndex.open(dataDir, embedder)) {
      for (SearchRequest.Mode m : List.of(SearchRequest.Mode.SEMANTIC, SearchRequest.Mode.HYBRID)) {
        SearchResult r = idx.search(new SearchRequest("醉酒驾驶小型轿车被民警查获，血液酒精含量", m, null, 2, false, true));
        assertEquals("demo-3", r.hits().get(0).id(), m.toString());
      }
    }
  }

  @Test
  void similarCasesExplainWhy() throws Exception {
    try (CaseIndex idx = CaseIndex.open(dataDir, embedder)) {
      SimilarResult r = idx.similar(new SimilarRequest(
          "被告人趁被害人不备，窃取其放在电动车上的现金和手机。", List.of("盗窃罪"), 2, null));
      SimilarCase top = r.cases().get(0);
      assertEquals("demo-1", top.hit().id());
      assertEquals(List.of("盗窃罪"), top.sharedCharges());
      assertTrue(top.sharedTerms().contains("电动车"), top.sharedTerms().toString());
      assertTrue(String.join("", top.hit().snippets()).contains("【电动车】"), top.hit().snippets().toString());
      assertEquals("甲某", top.hit().penalties().get(0).name());
      // the default ranker reads no vectors: the query is not embedded
      assertEquals(null, r.embeddingModel());
      idx.setRanker(SimilarCaseRanker.weightedFusion(0.3));
      SimilarResult dense = idx.similar(new SimilarRequest(
          "被告人趁被害人不备，窃取其放在电动车上的现金和手机。", List.of("盗窃罪"), 2, null));
      assertEquals("hash@1", dense.embeddingModel());
      assertTrue(dense.cases().stream().anyMatch(c -> c.denseScore() != null), dense.toString());
    }
  }

  @Test
  void statutesByNumberInAnyFormAndByText() throws Exception {
    try (CaseIndex idx = CaseIndex.open(dataDir, embedder)) {
      for (String ref : List.of("刑法第264条", "第二百六十四条", "264条", "《中华人民共和国刑法》第二百六十四条")) {
        assertEquals("刑法:264", idx.statute(ref).get(0).id(), ref);
      }
      assertEquals("刑法:133-1", idx.statute("133条之一").get(0).id());
      assertEquals("刑法:133-1", idx.statute("刑法第一百三十三条之一").get(0).id());
      assertTrue(idx.statute("第999条").isEmpty());
      assertEquals("刑法:133-1", idx.statute("醉酒驾驶机动车").get(0).id());
    }
  }

  @Test
  void refusesAnotherEmbeddingModel() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CaseIndex.open(dataDir, new HashingEmbedder("other@2")));
    assertTrue(e.getMessage().contains("hash@1"), e.getMessage());
  }

  @Test
  void addUpdateDeleteAreVisibleNearRealTime() throws Exception {
    Path copy = tmp.resolve("nrt");
    IndexBuilder.build(IndexBuilder.Settings.defaults(copy), CaseSource.jsonl(resource("demo-cases.jsonl")), null,
        LegalDictionary.builtIn(), embedder, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try (CaseIndex idx = CaseIndex.openForWriting(copy, embedder)) {
      CaseRecord one = idx.get("demo-1").orElseThrow();
      CaseRecord changed = new CaseRecord(one.id(), one.source(), "改过的标题", one.court(), one.region(), one.caseNumber(),
          one.documentType(), one.procedure(), one.date(), one.year(), "被告人在超市内窃取洗发水十瓶。", one.reasoning(),
          one.result(), one.fullText(), one.charges(), one.articles(), one.citations(), one.defendants(), one.missing());
      idx.upsert(changed);
      idx.refresh();
      assertEquals("改过的标题", idx.get("demo-1").orElseThrow().title());
      assertEquals(4, idx.counts()[0]);
      assertEquals("demo-1", idx.search(SearchRequest.keyword("洗发水")).hits().get(0).id());
      assertTrue(idx.delete("demo-2"));
      assertFalse(idx.delete("no-such-id"));
      idx.upsert(new CaseRecord("demo-new", one.source(), "新案", one.court(), one.region(), one.caseNumber(),
          one.documentType(), one.procedure(), one.date(), one.year(), "被告人窃取自行车一辆。", one.reasoning(),
          one.result(), null, one.charges(), one.articles(), one.citations(), one.defendants(), one.missing()));
      assertTrue(idx.delete("demo-new"), "a case written since the last refresh is found and deleted");
      assertFalse(idx.delete("demo-2"), "deleted again before a refresh: counted once");
      assertFalse(idx.delete("demo-new"), "deleted again before a refresh: counted once");
      idx.upsert(new CaseRecord("demo-new", one.source(), "新案", one.court(), one.region(), one.caseNumber(),
          one.documentType(), one.procedure(), one.date(), one.year(), "被告人窃取自行车一辆。", one.reasoning(),
          one.result(), null, one.charges(), one.articles(), one.citations(), one.defendants(), one.missing()));
      assertTrue(idx.delete("demo-new"), "written again after its delete: it exists");
      idx.refresh();
      assertFalse(idx.delete("demo-2"), "after the refresh the searcher knows it is gone");
      assertTrue(idx.get("demo-2").isEmpty());
      idx.commit();
    }
    try (CaseIndex idx = CaseIndex.open(copy, embedder)) {
      assertEquals(3, idx.counts()[0]);
    }
  }

  @Test
  void rebuildTakesVectorsFromTheCache() throws Exception {
    Path again = tmp.resolve("again");
    IndexBuilder.Settings s = IndexBuilder.Settings.defaults(dataDir);
    s = new IndexBuilder.Settings(again, dataDir.resolve("vector-cache"), s.strategy(), s.maxEmbedChars(), s.batchSize(),
        s.ramBufferMb(), s.bm25K1(), s.bm25B());
    HashingEmbedder counting = new HashingEmbedder("hash@1");
    IndexBuilder.Counters c = IndexBuilder.build(s, CaseSource.jsonl(resource("demo-cases.jsonl")), null,
        LegalDictionary.builtIn(), counting, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, c.vectorsEmbedded);
    assertEquals(0, counting.texts);
    assertEquals(4, c.vectorsFromCache);
  }

  @Test
  void aReplacementRankerDecidesTheOrder() throws Exception {
    try (CaseIndex idx = CaseIndex.open(dataDir, embedder)) {
      // a ranker that puts cases sharing the query's charges first, reading charges from doc values
      idx.setRanker(new SimilarCaseRanker() {
        @Override
        public String name() {
          return "charges-first";
        }

        @Override
        public List<Scored> rank(Query q, List<Candidate> cs, Records records) {
          return cs.stream()
              .map(c -> new Scored(c, (records.charges(c).stream().anyMatch(q.charges()::contains) ? 1 : 0) + c.bm25Norm()))
              .sorted((a, b) -> Double.compare(b.score(), a.score()))
              .toList();
        }
      });
      // the words point to the drunk-driving case; the ranker lifts the theft cases above it
      SimilarResult r = idx.similar(new SimilarRequest("被告人酒后驾驶轿车，血液酒精含量超标，窃取。", List.of("盗窃罪"), 3, null));
      assertEquals("charges-first", r.ranker());
      assertEquals(List.of("盗窃罪"), r.cases().get(0).hit().charges());
      assertEquals(List.of("盗窃罪"), r.cases().get(0).sharedCharges());
    }
  }
}
