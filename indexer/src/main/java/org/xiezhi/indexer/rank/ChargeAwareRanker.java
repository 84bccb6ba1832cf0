package org.xiezhi.indexer.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.SimilarCaseRanker;

/**
 * The default similar-case ranker for {@link org.xiezhi.indexer.CaseIndex#setRanker}: BM25 over the
 * facts plus the charge overlap with the query ({@link ChargeOverlapFusion}); the dense score is not
 * used (on LeCaRD it added nothing once charges are used, and it costs the query embedding).
 * Candidates' charges come from their indexed records, the query's from the request or the parsed
 * judgment; both are mapped to catalogue names by a {@link ChargeNormalizer}. Thread-safe.
 */
public final class ChargeAwareRanker implements SimilarCaseRanker {
  private final ChargeOverlapFusion fusion;
  private final ChargeNormalizer normalizer;

  public ChargeAwareRanker(ChargeNormalizer normalizer) {
    this(normalizer, ChargeOverlapFusion.DEFAULT_CHARGE_WEIGHT);
  }

  public ChargeAwareRanker(ChargeNormalizer normalizer, double chargeWeight) {
    this.normalizer = java.util.Objects.requireNonNull(normalizer, "normalizer");
    this.fusion = new ChargeOverlapFusion(chargeWeight);
  }

  @Override
  public String name() {
    return String.format(Locale.ROOT, "bm25+charges(weight %.2f)", fusion.chargeWeight());
  }

  /** No: the query is not embedded and candidates come from BM25 alone, as in the evaluation. */
  @Override
  public boolean usesVectors() {
    return false;
  }

  @Override
  public List<Scored> rank(Query query, List<Candidate> candidates, Records records) {
    Map<String, Candidate> byId = new HashMap<>();
    List<RankCandidate> in = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      byId.put(c.id(), c);
      // Charges from doc values: parsing each candidate's stored record would dominate the latency.
      List<String> raw = records.charges(c);
      Set<String> charges = raw == null ? Set.of() : normalizer.normalizeAll(raw);
      double bm25 = Float.isNaN(c.bm25()) ? 0 : c.bm25();
      in.add(new RankCandidate(c.id(), bm25, charges));
    }
    Set<String> qc = normalizer.normalizeAll(query.charges() == null ? List.of() : query.charges());
    List<Scored> out = new ArrayList<>(in.size());
    for (RankedCase r : fusion.rank(qc, in)) {
      out.add(new Scored(byId.get(r.docId()), r.score()));
    }
    return out;
  }
}
