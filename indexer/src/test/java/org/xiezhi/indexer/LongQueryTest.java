package org.xiezhi.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.indexer.analysis.LegalDictionary;

/**
 * Whole fact paragraphs as keyword queries, up to the API's 2,000-character limit: the 107 real
 * LeCaRD query fact texts are indexed as cases (with the 42 demo judgments), then each is searched
 * with its own text, cut at 335, 1,100 and 2,000 characters (two facts joined for the longest). None
 * may fail, and each case must come back first for its own facts.
 */
class LongQueryTest {
  @TempDir static Path tmp;
  static Path dataDir;
  static final HashingEmbedder EMBEDDER = new HashingEmbedder("hash@1");
  static final List<CaseRecord> QUERIES = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    for (String line : Files.readAllLines(SharedData.require("lecard/query.json"), StandardCharsets.UTF_8)) {
      JsonNode q = Json.mapper().readTree(line);
      QUERIES.add(new CaseRecord("lecard-q" + q.get("ridx").asText(), "lecard", null, null, null, null, null, null,
          null, null, q.get("q").asText(), null, null, null, List.of(), List.of(), List.of(), List.of(), List.of()));
    }
    assertEquals(107, QUERIES.size());
    List<CaseRecord> all = new ArrayList<>(DemoCases.all());
    all.addAll(QUERIES);
    dataDir = tmp.resolve("idx");
    IndexBuilder.build(IndexBuilder.Settings.defaults(dataDir), DemoCases.source(all), null,
        LegalDictionary.of(List.of("盗窃罪", "危险驾驶罪", "故意伤害罪")), EMBEDDER,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static String cut(int i, int chars) {
    StringBuilder sb = new StringBuilder(QUERIES.get(i).facts());
    for (int j = i + 1; sb.length() < chars; j++) {
      sb.append(QUERIES.get(j % QUERIES.size()).facts());
    }
    return sb.substring(0, chars);
  }

  @Test
  void wholeFactParagraphsUpToTheLimitAreSearchedAndFindTheirOwnCase() throws Exception {
    int prefixes = 0;
    int prefixFirst = 0;
    int joined = 0;
    int joinedTop10 = 0;
    int longest = 0;
    try (CaseIndex idx = CaseIndex.open(dataDir, EMBEDDER)) {
      for (int i = 0; i < QUERIES.size(); i++) {
        String own = QUERIES.get(i).id();
        for (int chars : new int[] {335, 1100, 2000}) {
          boolean prefix = chars <= QUERIES.get(i).facts().length();
          String text = prefix ? QUERIES.get(i).facts().substring(0, chars) : cut(i, chars);
          SearchResult r = idx.search(new SearchRequest(text, SearchRequest.Mode.KEYWORD, SearchFilters.NONE, 10, true, true));
          longest = Math.max(longest, text.length());
          assertTrue(r.total() > 0, "no hit for " + chars + " characters of " + own);
          if (prefix) {
            prefixes++;
            prefixFirst += r.hits().get(0).id().equals(own) ? 1 : 0;
          } else {
            joined++;
            joinedTop10 += r.hits().stream().anyMatch(h -> h.id().equals(own)) ? 1 : 0;
          }
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT,
        "long queries: %d cut from one fact text, own case first in %d; %d joined from several (own text first), own case in top 10 in %d; longest %d chars%n",
        prefixes, prefixFirst, joined, joinedTop10, longest);
    assertEquals(2000, longest);
    assertTrue(prefixFirst >= prefixes * 98 / 100, prefixFirst + " of " + prefixes);
    assertTrue(joinedTop10 >= joined * 95 / 100, joinedTop10 + " of " + joined);
  }

  @Test
  void textThatIsNotQuerySyntaxIsSearchedLiterally() throws Exception {
    try (CaseIndex idx = CaseIndex.open(dataDir, EMBEDDER)) {
      for (String q : List.of("AND", "盗窃 AND (", "血液酒精含量 195mg/100ml", "\"", "OR OR", "NOT")) {
        idx.search(SearchRequest.keyword(q));
      }
      assertTrue(idx.search(SearchRequest.keyword("盗窃 AND (")).total() > 0);
    }
  }

  @Test
  void aLiteralQueryStaysUnderTheClauseLimit() throws Exception {
    try (CaseIndex idx = CaseIndex.open(dataDir, EMBEDDER)) {
      org.apache.lucene.search.Query q = idx.queries().keyword(cut(0, 2000));
      int leaves = LiteralQuery.leafClauses(q);
      assertTrue(leaves <= 6 * LiteralQuery.MAX_TERMS_PER_FIELD && leaves < 1024 && leaves > 100, "leaf clauses " + leaves);
    }
  }
}
