package org.xiezhi.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.analysis.LegalDictionary;

/**
 * Facet counts equal the counts over every matching case, on an index of several segments with
 * deletions (the project's fictional demo judgments: one bulk build, two batches of near-real-time
 * updates, deletes), with and without filters.
 */
class FacetCountsTest {
  @TempDir Path tmp;

  @Test
  void facetsCountEveryMatchAcrossSegmentsWithFilters() throws Exception {
    List<CaseRecord> all = DemoCases.all();
    Path dir = tmp.resolve("idx");
    HashingEmbedder embedder = new HashingEmbedder("hash@1");
    IndexBuilder.build(IndexBuilder.Settings.defaults(dir), DemoCases.source(all.subList(0, 20)), null, LegalDictionary.builtIn(),
        embedder, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try (CaseIndex idx = CaseIndex.openForWriting(dir, embedder)) {
      for (CaseRecord r : all.subList(20, 31)) {
        idx.upsert(r);
      }
      idx.commit();
      for (CaseRecord r : all.subList(31, all.size())) {
        idx.upsert(r);
      }
      idx.delete(all.get(3).id());
      idx.delete(all.get(25).id());
      idx.upsert(all.get(7)); // an update: the old version is deleted, the new one lands in a new segment
      idx.refresh();
      var searcher = idx.manager().acquire();
      try {
        assertTrue(searcher.getIndexReader().leaves().size() >= 2, "several segments");
        assertTrue(searcher.getIndexReader().numDeletedDocs() > 0, "deletions");
      } finally {
        idx.manager().release(searcher);
      }

      String charge = all.get(0).charges().get(0);
      String court = all.get(1).court();
      List<SearchRequest> requests = List.of(
          SearchRequest.keyword("被告人"),
          SearchRequest.keyword("盗窃 驾驶"),
          new SearchRequest("被告人", SearchRequest.Mode.KEYWORD,
              new SearchFilters(List.of(charge), null, null, null, null, null, null, null), 1000, true, false),
          new SearchRequest("被告人 经审理查明", SearchRequest.Mode.KEYWORD,
              new SearchFilters(null, null, List.of(court), null, 2015, 2030, null, null), 1000, true, false));
      for (SearchRequest q : requests) {
        SearchRequest req = new SearchRequest(q.query(), q.mode(), q.filters(), 1000, true, false);
        SearchResult r = idx.search(req);
        assertTrue(r.total() > 0 && r.total() == r.hits().size(), q.query() + ": " + r.total());
        Map<String, Map<String, Integer>> expected = new HashMap<>();
        for (CaseHit h : r.hits()) {
          CaseRecord rec = idx.get(h.id()).orElseThrow();
          count(expected, "charge", rec.charges());
          count(expected, "article", rec.articles());
          count(expected, "court", single(rec.court()));
          count(expected, "region", single(rec.region()));
          count(expected, "year", rec.year() == null ? List.of() : List.of(Integer.toString(rec.year())));
          count(expected, "procedure", single(rec.procedure()));
        }
        for (String field : CaseFields.FACET_FIELDS) {
          Map<String, Integer> want = expected.getOrDefault(field, Map.of());
          List<SearchResult.FacetCount> got = r.facets().get(field);
          assertEquals(Math.min(10, want.size()), got.size(), field + " " + q.query());
          for (int i = 0; i < got.size(); i++) {
            SearchResult.FacetCount fc = got.get(i);
            assertEquals(want.get(fc.value()), fc.count(), field + "=" + fc.value() + " " + q.query());
            if (i > 0) {
              SearchResult.FacetCount prev = got.get(i - 1);
              assertTrue(prev.count() > fc.count() || prev.count() == fc.count() && prev.value().compareTo(fc.value()) < 0,
                  "order " + got);
            }
          }
          int least = got.isEmpty() ? 0 : got.get(got.size() - 1).count();
          long above = want.values().stream().filter(c -> c > least).count();
          assertTrue(above <= got.size(), field + ": a value counted more than the last shown is missing " + got);
        }
      }
    }
  }

  private static List<String> single(String v) {
    return v == null || v.isBlank() ? List.of() : List.of(v);
  }

  private static void count(Map<String, Map<String, Integer>> into, String field, List<String> values) {
    for (String v : new LinkedHashSet<>(values)) {
      if (v != null && !v.isBlank()) {
        into.computeIfAbsent(field, f -> new HashMap<>()).merge(v, 1, Integer::sum);
      }
    }
  }

}
