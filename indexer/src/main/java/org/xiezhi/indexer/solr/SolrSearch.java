package org.xiezhi.indexer.solr;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseHit;
import org.xiezhi.indexer.Fusion;
import org.xiezhi.indexer.SearchParts;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SearchResult;
import org.xiezhi.indexer.SimilarCase;
import org.xiezhi.indexer.SimilarCaseRanker;
import org.xiezhi.indexer.rank.CaseProfile;
import org.xiezhi.indexer.rank.CaseProfiles;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.SimilarResult;

/**
 * The case searches of {@link SolrBackend}, step for step those of the embedded index: keyword
 * (extended dismax over the case text fields), semantic (kNN, global top k), hybrid (the embedded
 * fusion over both lists), similar cases (bigram BM25 and kNN candidates ranked by the backend's
 * {@link SimilarCaseRanker}), facets, highlights over the stored records.
 */
final class SolrSearch {
  private final SolrBackend backend;
  private final SearchParts parts;

  SolrSearch(SolrBackend backend, SearchParts parts) {
    this.backend = backend;
    this.parts = parts;
  }


  SearchResult search(SearchRequest req) throws IOException {
    long t0 = System.nanoTime();
    Query keyword = req.mode() == SearchRequest.Mode.SEMANTIC ? null : parts.keyword(req.query());
    float[] vec = null;
    if (req.mode() != SearchRequest.Mode.KEYWORD) {
      if (!backend.hasVectors()) {
        throw new IllegalStateException("semantic search needs an index with vectors and its embedding model");
      }
      vec = SearchParts.embedFacts(backend.meta(), backend.embedder(), req.query());
    }
    List<SolrHit> ranked;
    long total;
    Map<String, List<SearchResult.FacetCount>> facets = Map.of();
    switch (req.mode()) {
      case KEYWORD -> {
        SolrParams p = new SolrParams();
        p.params.set("q", p.keyword(req.query()));
        QueryResponse r = backend.select(p, p.filters(req.filters()), req.k(), "id,score," + RECORD, req.facets());
        ranked = SolrHit.of(r);
        total = r.getResults().getNumFound();
        if (req.facets()) {
          facets = SolrFacets.of(r);
        }
      }
      case SEMANTIC -> {
        SolrParams p = new SolrParams();
        p.params.set("q", p.knn(vec, req.k()));
        QueryResponse r = backend.select(p, p.filters(req.filters()), req.k(),
            "id,score," + RECORD + "," + String.join(",", FACET_FIELDS), false);
        ranked = SolrHit.of(r);
        total = ranked.size();
        if (req.facets()) {
          facets = SolrFacets.count(r.getResults());
        }
      }
      default -> {
        int n = Math.max(SearchParts.CANDIDATES, req.k());
        SolrParams kp = new SolrParams();
        kp.params.set("q", kp.keyword(req.query()));
        List<SolrHit> kw = SolrHit.of(backend.select(kp, kp.filters(req.filters()), n, "id,score", false));
        SolrParams dp = new SolrParams();
        dp.params.set("q", dp.knn(vec, n));
        List<SolrHit> dn = SolrHit.of(backend.select(dp, dp.filters(req.filters()), n, "id,score", false));
        HitNumbers ids = new HitNumbers();
        Map<Integer, Double> fused = Fusion.weighted(ids.docs(kw), ids.docs(dn), SearchParts.HYBRID_DENSE_WEIGHT);
        List<Map.Entry<Integer, Double>> sorted = Fusion.sorted(fused);
        List<SolrHit> top = sorted.stream().limit(req.k())
            .map(e -> new SolrHit(ids.id(e.getKey()), e.getValue().floatValue(), null, List.of(), null)).toList();
        Map<String, CaseRecord> recs = backend.records(top.stream().map(SolrHit::id).toList());
        ranked = top.stream().map(s -> new SolrHit(s.id(), s.score(), recs.get(s.id()), List.of(), null)).toList();
        total = sorted.size();
        if (req.facets()) {
          SolrParams fp = new SolrParams();
          // matches: the keyword matches and the global dense top n (not each shard's top n)
          List<String> either = new ArrayList<>(List.of(fp.keyword(req.query())));
          if (!dn.isEmpty()) {
            either.add(fp.ids(dn.stream().map(SolrHit::id).toList()));
          }
          fp.params.set("q", fp.or(either));
          facets = SolrFacets.of(backend.select(fp, fp.filters(req.filters()), 0, "id", true));
        }
      }
    }
    Query highlight = keyword != null ? keyword : parts.bagOfTerms(FACTS, req.query(), 64);
    List<CaseHit> hits = new ArrayList<>();
    for (SolrHit s : ranked) {
      CaseRecord r = s.record();
      hits.add(SearchParts.hit(r, s.score(), req.highlight() ? parts.hitSnippets(r, highlight) : List.of()));
    }
    return new SearchResult(total, hits, facets, (System.nanoTime() - t0) / 1e6,
        req.mode().name().toLowerCase(Locale.ROOT));
  }

  SimilarResult similar(SimilarRequest req) throws IOException {
    long t0 = System.nanoTime();
    SearchParts.QueryCase query = SearchParts.queryCase(req);
    String facts = query.facts();
    Set<String> charges = query.charges();
    Set<String> articles = query.articles();
    SimilarCaseRanker r = backend.ranker();
    float[] vec = backend.hasVectors() && r.usesVectors()
        ? SearchParts.embedFacts(backend.meta(), backend.embedder(), facts) : null;
    int n = Math.max(SearchParts.CANDIDATES, req.k());
    SolrParams kp = new SolrParams();
    // each distinct term boosted by its count, as the embedded index queries
    Map<String, Integer> counts = parts.termCounts(FACTS + BIGRAM, facts);
    List<String> terms = counts.keySet().stream().limit(SearchParts.MAX_QUERY_TERMS).toList();
    Map<String, Float> boosts = new HashMap<>();
    counts.forEach((t, c) -> boosts.put(t, (float) c));
    kp.params.set("q", kp.disjunction(FACTS + BIGRAM, terms, boosts));
    List<SolrHit> kw = SolrHit.of(backend.select(kp, kp.filters(req.filters()), n, "id,score," + CHARGE + "," + RANK_PROFILE, false));
    List<SolrHit> dn = List.of();
    if (vec != null) {
      SolrParams dp = new SolrParams();
      dp.params.set("q", dp.knn(vec, n));
      dn = SolrHit.of(backend.select(dp, dp.filters(req.filters()), n, "id,score," + CHARGE + "," + RANK_PROFILE, false));
    }
    List<SimilarCaseRanker.Candidate> candidates = new ArrayList<>();
    Map<Integer, List<String>> chargesOf = new HashMap<>();
    Map<Integer, String> profileOf = new HashMap<>();
    HitNumbers ids = new HitNumbers();
    ScoreDoc[] kwDocs = ids.docs(kw);
    ScoreDoc[] dnDocs = ids.docs(dn);
    Map<Integer, Double> kwNorm = Fusion.normalised(kwDocs);
    Map<Integer, Double> dnNorm = Fusion.normalised(dnDocs);
    Map<Integer, float[]> raw = new LinkedHashMap<>();
    for (int i = 0; i < kw.size(); i++) {
      raw.computeIfAbsent(kwDocs[i].doc, x -> new float[] {Float.NaN, Float.NaN})[0] = kw.get(i).score();
      chargesOf.put(kwDocs[i].doc, kw.get(i).charges());
      profileOf.put(kwDocs[i].doc, kw.get(i).profile());
    }
    for (int i = 0; i < dn.size(); i++) {
      // kNN with dot product scores (1 + dot) / 2; report the dot product
      raw.computeIfAbsent(dnDocs[i].doc, x -> new float[] {Float.NaN, Float.NaN})[1] = 2 * dn.get(i).score() - 1;
      chargesOf.putIfAbsent(dnDocs[i].doc, dn.get(i).charges());
      profileOf.putIfAbsent(dnDocs[i].doc, dn.get(i).profile());
    }
    for (Map.Entry<Integer, float[]> e : raw.entrySet()) {
      candidates.add(new SimilarCaseRanker.Candidate(e.getKey(), ids.id(e.getKey()), e.getValue()[0], e.getValue()[1],
          kwNorm.getOrDefault(e.getKey(), 0.0), dnNorm.getOrDefault(e.getKey(), 0.0)));
    }
    Map<String, CaseRecord> loaded = new HashMap<>();
    List<SimilarCaseRanker.Scored> ranked = r.rank(
        new SimilarCaseRanker.Query(facts, List.copyOf(charges), List.copyOf(articles), vec), candidates,
        new SimilarCaseRanker.Records() {
          @Override
          public CaseRecord record(SimilarCaseRanker.Candidate c) {
            return loaded.computeIfAbsent(c.id(), id -> {
              try {
                return backend.records(List.of(id)).get(id);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
          }

          @Override
          public List<String> charges(SimilarCaseRanker.Candidate c) {
            return chargesOf.getOrDefault(c.doc(), List.of());
          }

          @Override
          public CaseProfile profile(SimilarCaseRanker.Candidate c) {
            CaseProfile p = CaseProfile.decode(profileOf.get(c.doc()));
            return p != null ? p : CaseProfiles.of(record(c));
          }
        });
    List<SimilarCaseRanker.Scored> top = ranked.subList(0, Math.min(req.k(), ranked.size()));
    Map<String, CaseRecord> recs = backend.records(top.stream().map(s -> s.candidate().id()).toList());
    List<String> keyTerms = req.explain() ? keyTerms(facts) : List.of();
    Query highlight = SearchParts.termsQuery(FACTS, keyTerms);
    List<SimilarCase> out = new ArrayList<>();
    for (SimilarCaseRanker.Scored sc : top) {
      CaseRecord rec = recs.get(sc.candidate().id());
      if (rec == null) {
        continue; // deleted between the two requests
      }
      List<String> snippets = req.explain() ? parts.snippets(FACTS, highlight, rec.facts(), 3) : List.of();
      CaseHit hit = SearchParts.hit(rec, sc.score(), snippets);
      List<String> sharedTerms = keyTerms.stream()
          .filter(t -> rec.facts() != null && rec.facts().toLowerCase(Locale.ROOT).contains(t)).toList();
      out.add(new SimilarCase(hit, orNull(sc.candidate().bm25()), orNull(sc.candidate().dense()),
          rec.charges().stream().filter(c -> SearchParts.containsCharge(charges, c)).toList(),
          rec.articles().stream().filter(articles::contains).toList(),
          sharedTerms, sc.reasons()));
    }
    return new SimilarResult(out, List.copyOf(charges), List.copyOf(articles), r.name(),
        vec == null ? null : backend.meta().embeddingModel(), (System.nanoTime() - t0) / 1e6);
  }

  /** The most specific word terms of {@code facts}: highest idf over the collection, ≥ 2 characters. */
  private List<String> keyTerms(String facts) throws IOException {
    List<String> candidates = new ArrayList<>();
    for (String t : parts.terms(FACTS, facts)) {
      if (t.length() >= 2 && !t.chars().allMatch(Character::isDigit)) {
        candidates.add(t);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    SolrParams p = new SolrParams();
    p.params.set("q", "*:*");
    p.params.set("rows", 0);
    p.params.set("facet", true);
    List<String> keys = new ArrayList<>();
    for (String t : candidates) {
      String q = p.term(FACTS, t);
      keys.add(q);
      p.params.add("facet.query", q);
    }
    QueryResponse r = backend.query(p.params);
    long docs = Math.max(1, r.getResults().getNumFound());
    Map<String, Integer> fq = r.getFacetQuery();
    Map<String, Double> idf = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Integer df = fq.get(keys.get(i));
      if (df != null && df > 0 && df < docs / 2) {
        idf.put(candidates.get(i), Math.log((double) docs / df));
      }
    }
    return idf.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(java.util.Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(SearchParts.KEY_TERMS).map(Map.Entry::getKey).toList();
  }

  private static Double orNull(float f) {
    return Float.isNaN(f) ? null : (double) f;
  }
}
