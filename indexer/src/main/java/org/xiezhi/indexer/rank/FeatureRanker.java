package org.xiezhi.indexer.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.xiezhi.indexer.SimilarCaseRanker;

/**
 * The default similar-case ranker: a learned linear function ({@link LinearRankModel}, weights shipped
 * as data) over {@link RankFeatures} of each BM25 candidate (facts BM25, charge overlap, amount tier,
 * injury, drug weight, circumstances, sentence, length), with the reasons for each case in words
 * ({@link RankReasons}). Reads no vectors. Candidates' charges and profiles come from the index's doc
 * values. Thread-safe.
 */
public final class FeatureRanker implements SimilarCaseRanker {
  private final ChargeNormalizer normalizer;
  private final LinearRankModel model;

  public FeatureRanker(ChargeNormalizer normalizer) {
    this(normalizer, LinearRankModel.shipped());
  }

  public FeatureRanker(ChargeNormalizer normalizer, LinearRankModel model) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public String name() {
    return "features-linear(" + RankFeatures.NAMES.size() + " features)";
  }

  @Override
  public boolean usesVectors() {
    return false;
  }

  @Override
  public List<Scored> rank(Query query, List<Candidate> candidates, Records records) {
    Set<String> qc = normalizer.normalizeAll(query.charges() == null ? List.of() : query.charges());
    String principal = qc.isEmpty() ? null : qc.iterator().next();
    CaseProfile qp = CaseProfiles.ofFacts(query.facts());
    List<FeatureCandidate> fc = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      List<String> raw = records.charges(c);
      fc.add(new FeatureCandidate(c.id(), Float.isNaN(c.bm25()) ? 0 : c.bm25(), 0,
          raw == null ? Set.of() : normalizer.normalizeAll(raw), records.profile(c)));
    }
    double[][] f = RankFeatures.of(qc, principal, qp, fc);
    List<Integer> order = new ArrayList<>(candidates.size());
    double[] score = new double[candidates.size()];
    for (int i = 0; i < score.length; i++) {
      score[i] = model.score(f[i]);
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> -score[i]));
    List<Scored> out = new ArrayList<>(order.size());
    for (int i : order) {
      out.add(new Scored(candidates.get(i), score[i], RankReasons.of(model, f[i], qc, qp, fc.get(i))));
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s [%s]", name(), model.provenance());
  }
}
