package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.xiezhi.corpus.model.CaseRecord;

/** The keyword, semantic and hybrid case search of {@link CaseIndex}, with highlights and facets. */
final class TextSearch {
  private static final int CANDIDATES = CaseSearch.CANDIDATES;
  private static final double HYBRID_DENSE_WEIGHT = CaseSearch.HYBRID_DENSE_WEIGHT;

  private final CaseIndex index;

  TextSearch(CaseIndex index) {
    this.index = index;
  }

  SearchResult search(SearchRequest req) throws IOException {
    long t0 = System.nanoTime();
    IndexSearcher s = index.manager().acquire();
    try {
      QueryBuilder qb = index.queries();
      Query filter = qb.filter(req.filters());
      Query keyword = req.mode() == SearchRequest.Mode.SEMANTIC ? null : qb.keyword(req.query(), s.getIndexReader());
      float[] vec = null;
      if (req.mode() != SearchRequest.Mode.KEYWORD) {
        requireVectors();
        vec = index.vectors().of(req.query());
      }
      ScoreDoc[] ranked;
      long total;
      Query matching;
      Map<Integer, Double> fusedScores = null;
      switch (req.mode()) {
        case KEYWORD -> {
          matching = QueryBuilder.filtered(keyword, filter);
          TopDocs td = s.search(matching, req.k());
          ranked = td.scoreDocs;
          total = td.totalHits.value;
        }
        case SEMANTIC -> {
          matching = new KnnFloatVectorQuery(FACTS_VECTOR, vec, req.k(), filter);
          TopDocs td = s.search(matching, req.k());
          ranked = td.scoreDocs;
          total = td.scoreDocs.length;
        }
        default -> {
          int n = Math.max(CANDIDATES, req.k());
          Query kq = QueryBuilder.filtered(keyword, filter);
          Query dq = new KnnFloatVectorQuery(FACTS_VECTOR, vec, n, filter);
          ScoreDoc[] kw = s.search(kq, n).scoreDocs;
          ScoreDoc[] dn = s.search(dq, n).scoreDocs;
          fusedScores = Fusion.weighted(kw, dn, HYBRID_DENSE_WEIGHT);
          List<Map.Entry<Integer, Double>> sorted = Fusion.sorted(fusedScores);
          ranked = sorted.stream().limit(req.k())
              .map(e -> new ScoreDoc(e.getKey(), e.getValue().floatValue())).toArray(ScoreDoc[]::new);
          total = sorted.size();
          matching = new BooleanQuery.Builder().add(kq, BooleanClause.Occur.SHOULD)
              .add(dq, BooleanClause.Occur.SHOULD).build();
        }
      }
      Query highlight = keyword != null ? keyword : qb.bagOfTerms(FACTS, req.query(), 64);
      List<CaseHit> hits = new ArrayList<>();
      try (Snippets.ForQuery marks = index.snippets().forQuery(highlight)) {
        for (ScoreDoc sd : ranked) {
          CaseRecord r = StoredRecords.caseRecord(s, sd.doc);
          hits.add(CaseSearch.hit(r, sd.score, req.highlight() ? snippets(r, marks) : List.of()));
        }
      }
      Map<String, List<SearchResult.FacetCount>> facets = Map.of();
      if (req.facets()) {
        FacetCounter fc;
        if (req.mode() == SearchRequest.Mode.KEYWORD) {
          fc = new FacetCounter(index.facetOrds(),
              s.createWeight(s.rewrite(filter), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f));
          s.search(keyword, fc);
        } else {
          fc = new FacetCounter(index.facetOrds(), null);
          s.search(matching, fc);
        }
        facets = fc.top(10);
      }
      return new SearchResult(total, hits, facets, (System.nanoTime() - t0) / 1e6,
          req.mode().name().toLowerCase(java.util.Locale.ROOT));
    } finally {
      index.manager().release(s);
    }
  }

  private void requireVectors() {
    if (!index.vectors().available()) {
      throw new IllegalStateException("semantic search needs an index with vectors and its embedding model");
    }
  }

  /** Passages of the facts, else of the reasoning. */
  static List<String> snippets(CaseRecord r, Snippets.ForQuery marks) {
    List<String> out = marks.of(FACTS, r.facts(), 2);
    if (out.isEmpty()) {
      out = marks.of(REASONING, r.reasoning(), 2);
    }
    return out;
  }

}
