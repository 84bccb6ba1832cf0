package org.xiezhi.indexer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.indexer.rank.ChargeNormalizer;
import org.xiezhi.indexer.rank.RankCandidate;
import org.xiezhi.indexer.rank.RankedCase;

/**
 * Plugs the evaluated charge-overlap ranking of {@code org.xiezhi.indexer.rank} into the
 * {@link SimilarCaseRanker} seam: BM25 relative to the best candidate plus a weight times the
 * Jaccard overlap of the query's and the candidate's charges (catalogue names). Candidates found
 * only by kNN enter with a BM25 score of 0.
 */
public final class ChargeOverlapRanking implements SimilarCaseRanker {
  private final org.xiezhi.indexer.rank.SimilarCaseRanker ranker;
  private final ChargeNormalizer normalizer;

  public ChargeOverlapRanking(org.xiezhi.indexer.rank.SimilarCaseRanker ranker, ChargeNormalizer normalizer) {
    this.ranker = ranker;
    this.normalizer = normalizer;
  }

  @Override
  public String name() {
    return "charge-overlap(weight " + ranker.chargeWeight() + ")";
  }

  @Override
  public List<Scored> rank(Query query, List<Candidate> candidates, Records records) {
    List<RankCandidate> in = new ArrayList<>();
    Map<String, Candidate> byId = new HashMap<>();
    for (Candidate c : candidates) {
      byId.put(c.id(), c);
      double bm25 = Float.isNaN(c.bm25()) ? 0 : c.bm25();
      in.add(new RankCandidate(c.id(), bm25, normalizer.normalizeAll(records.charges(c))));
    }
    Set<String> q = normalizer.normalizeAll(query.charges());
    List<Scored> out = new ArrayList<>();
    for (RankedCase r : ranker.rank(q, in)) {
      out.add(new Scored(byId.get(r.docId()), r.score()));
    }
    return out;
  }
}
