package org.xiezhi.indexer.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xiezhi.indexer.SimilarCaseRanker;

/**
 * The default similar-case ranker the index and SolrCloud build ({@link org.xiezhi.indexer.CaseIndex},
 * {@code SearchParts.defaultRanker}): with a normalizer alone, the learned {@link FeatureRanker} (charges,
 * amount tier, injury, drugs, circumstances, sentence on top of BM25); with an explicit charge weight,
 * the earlier rule, BM25 plus charge overlap ({@link ChargeOverlapFusion}). Neither reads vectors, so
 * the query is not embedded. Charges are compared as catalogue names ({@link ChargeNormalizer}).
 * Thread-safe.
 */
public final class ChargeAwareRanker implements SimilarCaseRanker {
  private final ChargeOverlapFusion fusion;
  private final FeatureRanker features;
  private final ChargeNormalizer normalizer;

  /** The learned ranker with the shipped weights. */
  public ChargeAwareRanker(ChargeNormalizer normalizer) {
    this.normalizer = java.util.Objects.requireNonNull(normalizer, "normalizer");
    this.fusion = null;
    this.features = new FeatureRanker(normalizer);
  }

  /** BM25 plus {@code chargeWeight} × charge Jaccard. */
  public ChargeAwareRanker(ChargeNormalizer normalizer, double chargeWeight) {
    this.normalizer = java.util.Objects.requireNonNull(normalizer, "normalizer");
    this.fusion = new ChargeOverlapFusion(chargeWeight);
    this.features = null;
  }

  @Override
  public String name() {
    return features != null ? features.name()
        : String.format(Locale.ROOT, "bm25+charges(weight %.2f)", fusion.chargeWeight());
  }

  /** No: the query is not embedded and candidates come from BM25 alone, as in the evaluation. */
  @Override
  public boolean usesVectors() {
    return false;
  }

  @Override
  public List<Scored> rank(Query query, List<Candidate> candidates, Records records) {
    if (features != null) {
      return features.rank(query, candidates, records);
    }
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
