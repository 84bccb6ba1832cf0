package org.xiezhi.indexer.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.xiezhi.indexer.SimilarCaseRanker;

/**
 * The default similar-case ranker: a learned function ({@link RankModel}: a linear part plus small
 * regression trees, shipped as data) over {@link RankFeatures} of each BM25 candidate (facts BM25 and
 * place in the BM25 order, charge overlap, amount tier, injury, drug weight, circumstances, sentence,
 * length), with the reasons for each case in words
 * ({@link RankReasons}). Reads no vectors. Candidates' charges and profiles come from the index's doc
 * values. Thread-safe.
 */
public final class FeatureRanker implements SimilarCaseRanker {
  private final ChargeNormalizer normalizer;
  private final RankModel model;

  public FeatureRanker(ChargeNormalizer normalizer) {
    this(normalizer, RankModel.shipped());
  }

  public FeatureRanker(ChargeNormalizer normalizer, RankModel model) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public String name() {
    return "similar-ranker@" + model.version() + " (" + (model.trees().isEmpty() ? "" : model.trees().size() + " trees + ")
        + "linear, " + RankFeatures.NAMES.size() + " features)";
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
    int[] place = bm25Places(candidates);
    List<FeatureCandidate> fc = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      List<String> raw = records.charges(c);
      fc.add(new FeatureCandidate(c.id(), Float.isNaN(c.bm25()) ? 0 : c.bm25(), 0, place[i],
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

  /**
   * Each candidate's place (from 1) in the BM25 order of the candidates, which are the index's best by
   * BM25 on the facts ({@link RankFeatures#places}: ties share a place); 0 for a candidate without a
   * BM25 score (found by its vector only).
   */
  static int[] bm25Places(List<Candidate> candidates) {
    double[] bm25 = new double[candidates.size()];
    for (int i = 0; i < bm25.length; i++) {
      bm25[i] = candidates.get(i).bm25();
    }
    return RankFeatures.places(bm25);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s [%s]", name(), model.provenance());
  }
}
