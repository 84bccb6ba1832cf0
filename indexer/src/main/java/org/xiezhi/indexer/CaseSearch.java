package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.indexer.rank.CaseProfile;
import org.xiezhi.indexer.rank.CaseProfiles;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;

/** The similar-case search of {@link CaseIndex}: candidates from keywords and vectors, ranked, each with why. */
final class CaseSearch {
  /** Candidates taken from each of the keyword and dense lists before fusion or ranking. */
  static final int CANDIDATES = 100;
  /** Dense weight of the hybrid case search (min-max fusion). */
  static final double HYBRID_DENSE_WEIGHT = 0.3;
  private static final int KEY_TERMS = 20;
  /** Distinct bigrams of a similar-case query; fewer (by count × idf) measured worse: corpus NDCG@30 0.539 at 128, 0.503 at 64. */
  private static final int MAX_QUERY_TERMS = 1000;

  private final CaseIndex index;

  CaseSearch(CaseIndex index) {
    this.index = index;
  }

  SimilarResult similar(SimilarRequest req) throws IOException {
    return similar(req, null);
  }

  /** The similar cases; when {@code records} is not null, each case's stored record is added to it, in order. */
  SimilarResult similar(SimilarRequest req, List<CaseRecord> records) throws IOException {
    long t0 = System.nanoTime();
    SearchParts.QueryCase query = SearchParts.queryCase(req);
    String facts = query.facts();
    Set<String> charges = query.charges();
    Set<String> articles = query.articles();
    SimilarCaseRanker r = index.ranker();
    float[] vec = index.vectors().available() && r.usesVectors() ? index.vectors().of(facts) : null;
    IndexSearcher s = index.manager().acquire();
    try {
      QueryBuilder qb = index.queries();
      Query filter = qb.filter(req.filters());
      int n = Math.max(CANDIDATES, req.k());
      ScoreDoc[] kw = s.search(QueryBuilder.filtered(qb.weightedBagOfTerms(FACTS + BIGRAM, facts, MAX_QUERY_TERMS, s.getIndexReader()), filter), n)
          .scoreDocs;
      ScoreDoc[] dn = vec == null ? new ScoreDoc[0]
          : s.search(new KnnFloatVectorQuery(FACTS_VECTOR, vec, n, filter), n).scoreDocs;
      List<SimilarCaseRanker.Candidate> candidates = candidates(s, kw, dn);
      List<SimilarCaseRanker.Scored> ranked = r.rank(
          new SimilarCaseRanker.Query(facts, List.copyOf(charges), List.copyOf(articles), vec), candidates,
          new SimilarCaseRanker.Records() {
            @Override
            public CaseRecord record(SimilarCaseRanker.Candidate c) {
              return StoredRecords.caseRecord(s, c.doc());
            }

            @Override
            public List<String> charges(SimilarCaseRanker.Candidate c) {
              return keywordValues(s, c.doc(), CHARGE);
            }

            @Override
            public CaseProfile profile(SimilarCaseRanker.Candidate c) {
              CaseProfile p = org.xiezhi.indexer.rank.RankProfiles.read(s, c.doc());
              return p != null ? p : CaseProfiles.of(record(c));
            }
          });
      List<String> keyTerms = req.explain() ? keyTerms(s, facts) : List.of();
      Query highlight = termsQuery(FACTS, keyTerms);
      List<SimilarCase> out = new ArrayList<>();
      try (Snippets.ForQuery marks = index.snippets().forQuery(highlight)) {
        for (SimilarCaseRanker.Scored sc : ranked.subList(0, Math.min(req.k(), ranked.size()))) {
          CaseRecord rec = StoredRecords.caseRecord(s, sc.candidate().doc());
          if (records != null) {
            records.add(rec);
          }
          List<String> snippets = req.explain() ? marks.of(FACTS, rec.facts(), 3) : List.of();
          CaseHit hit = hit(rec, sc.score(), snippets);
          String lower = rec.facts() == null || keyTerms.isEmpty() ? "" : rec.facts().toLowerCase(java.util.Locale.ROOT);
          List<String> sharedTerms = keyTerms.stream().filter(lower::contains).toList();
          out.add(new SimilarCase(hit, orNull(sc.candidate().bm25()), orNull(sc.candidate().dense()),
              rec.charges().stream().filter(c -> containsCharge(charges, c)).toList(),
              rec.articles().stream().filter(articles::contains).toList(),
              sharedTerms, sc.reasons()));
        }
      }
      return new SimilarResult(out, List.copyOf(charges), List.copyOf(articles), r.name(),
          vec == null ? null : index.meta().embeddingModel(), (System.nanoTime() - t0) / 1e6);
    } finally {
      index.manager().release(s);
    }
  }

  /** The values of a keyword field of one document, from its doc values. */
  static List<String> keywordValues(IndexSearcher s, int doc, String field) {
    try {
      List<org.apache.lucene.index.LeafReaderContext> leaves = s.getIndexReader().leaves();
      org.apache.lucene.index.LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
      org.apache.lucene.index.SortedSetDocValues dv = org.apache.lucene.index.DocValues.getSortedSet(leaf.reader(), field);
      List<String> out = new ArrayList<>();
      if (dv.advanceExact(doc - leaf.docBase)) {
        for (int i = 0; i < dv.docValueCount(); i++) {
          out.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        }
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Double orNull(float f) {
    return Float.isNaN(f) ? null : (double) f;
  }

  private static boolean containsCharge(Set<String> query, String charge) {
    String bare = charge.endsWith("罪") ? charge.substring(0, charge.length() - 1) : charge;
    return query.contains(charge) || query.contains(bare);
  }

  private List<SimilarCaseRanker.Candidate> candidates(IndexSearcher s, ScoreDoc[] kw, ScoreDoc[] dn)
      throws IOException {
    Map<Integer, Double> kwNorm = Fusion.normalised(kw);
    Map<Integer, Double> dnNorm = Fusion.normalised(dn);
    Map<Integer, float[]> raw = new LinkedHashMap<>();
    for (ScoreDoc d : kw) {
      raw.computeIfAbsent(d.doc, x -> new float[] {Float.NaN, Float.NaN})[0] = d.score;
    }
    for (ScoreDoc d : dn) {
      // KnnFloatVectorQuery with DOT_PRODUCT scores (1 + dot) / 2; report the dot product
      raw.computeIfAbsent(d.doc, x -> new float[] {Float.NaN, Float.NaN})[1] = 2 * d.score - 1;
    }
    List<SimilarCaseRanker.Candidate> out = new ArrayList<>();
    for (Map.Entry<Integer, float[]> e : raw.entrySet()) {
      String id = index.docIds().id(s, e.getKey());
      out.add(new SimilarCaseRanker.Candidate(e.getKey(), id, e.getValue()[0], e.getValue()[1],
          kwNorm.getOrDefault(e.getKey(), 0.0), dnNorm.getOrDefault(e.getKey(), 0.0)));
    }
    return out;
  }

  /** The most specific word terms of {@code facts} (highest idf, ≥ 2 characters, seen in the index). */
  private List<String> keyTerms(IndexSearcher s, String facts) throws IOException {
    int docs = Math.max(1, s.getIndexReader().numDocs());
    Map<String, Double> idf = new HashMap<>();
    for (String t : index.queries().terms(FACTS, facts)) {
      if (t.length() < 2 || t.chars().allMatch(Character::isDigit)) {
        continue;
      }
      int df = s.getIndexReader().docFreq(new Term(FACTS, t));
      if (df > 0 && df < docs / 2) {
        idf.put(t, Math.log((double) docs / df));
      }
    }
    return idf.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(KEY_TERMS).map(Map.Entry::getKey).toList();
  }

  private static Query termsQuery(String field, List<String> terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  static CaseHit hit(CaseRecord r, double score, List<String> snippets) {
    List<CaseHit.DefendantPenalty> penalties = new ArrayList<>();
    for (Defendant d : r.defendants()) {
      penalties.add(new CaseHit.DefendantPenalty(d.name(), d.charges(), org.xiezhi.corpus.model.SentenceWords.of(d.sentence()),
          d.sentence() == null ? null : d.sentence().months()));
    }
    return new CaseHit(r.id(), score, r.title(), r.court(), r.year(), r.charges(), r.articles(), snippets, penalties);
  }
}
