package org.xiezhi.eval.lecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.indexer.rank.CaseProfile;
import org.xiezhi.indexer.rank.CaseProfiles;
import org.xiezhi.indexer.rank.FeatureCandidate;
import org.xiezhi.indexer.rank.RankModel;
import org.xiezhi.indexer.rank.RankFeatures;

/**
 * The ranker's feature vectors of one query's candidates under one protocol: ids (in first-stage
 * order: BM25 best first) and one {@link RankFeatures} vector each.
 */
public record FeatureLists(List<String> ids, double[][] features) {

  /**
   * Builds the vectors of {@code docs} (first-stage scores) for query {@code q}; {@code corpusTop} is
   * the query's BM25 list over the whole corpus, best first, which gives each candidate's place and the
   * top BM25 the served ranker sees (the served list is that list).
   */
  static FeatureLists of(LecardQuery q, Set<String> queryCharges, List<ScoredDoc> docs, Map<String, Double> reasoning,
      Map<String, LecardJudgment> judgments, List<ScoredDoc> corpusTop) {
    Map<String, Integer> place = new java.util.HashMap<>();
    double top = 0;
    double[] scores = new double[corpusTop.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = corpusTop.get(i).score();
      top = Math.max(top, scores[i]);
    }
    int[] places = RankFeatures.places(scores);
    for (int i = 0; i < scores.length; i++) {
      place.putIfAbsent(corpusTop.get(i).docId(), places[i]);
    }
    List<ScoredDoc> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparingDouble(ScoredDoc::score).reversed());
    List<FeatureCandidate> cands = new ArrayList<>(sorted.size());
    List<String> ids = new ArrayList<>(sorted.size());
    for (ScoredDoc d : sorted) {
      LecardJudgment j = judgments.get(d.docId());
      CaseProfile p = j == null ? CaseProfiles.ofFacts("") : j.profile();
      Set<String> ch = j == null ? Set.of() : j.charges();
      cands.add(new FeatureCandidate(d.docId(), d.score(), reasoning.getOrDefault(d.docId(), 0.0),
          place.getOrDefault(d.docId(), 0), ch, p));
      ids.add(d.docId());
    }
    String principal = queryCharges.isEmpty() ? null : queryCharges.iterator().next();
    return new FeatureLists(ids, RankFeatures.of(queryCharges, principal, CaseProfiles.ofFacts(q.facts()), cands, top));
  }

  /** The same lists without the candidates of {@code ids}. */
  FeatureLists without(Set<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return this;
    }
    List<String> keep = new ArrayList<>();
    List<double[]> f = new ArrayList<>();
    for (int i = 0; i < this.ids.size(); i++) {
      if (!ids.contains(this.ids.get(i))) {
        keep.add(this.ids.get(i));
        f.add(features[i]);
      }
    }
    return new FeatureLists(keep, f.toArray(new double[0][]));
  }

  /** The candidates ordered by {@code model}, best first (ties keep the first-stage order). */
  List<ScoredDoc> rank(RankModel model) {
    List<ScoredDoc> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      out.add(new ScoredDoc(ids.get(i), model.score(features[i])));
    }
    out.sort(Comparator.comparingDouble(ScoredDoc::score).reversed());
    return out;
  }

  /**
   * Two stages: the candidates ordered by {@code first}, then its top {@code k} re-ordered by
   * {@code second} (ties keep the first order); the rest keep the first order. Scores are rank-based
   * (n − position), as only the order counts.
   */
  List<ScoredDoc> rankTwoStage(RankModel first, RankModel second, int k) {
    List<ScoredDoc> byFirst = rank(first);
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    int top = Math.min(k, byFirst.size());
    List<ScoredDoc> head = new ArrayList<>(top);
    for (ScoredDoc d : byFirst.subList(0, top)) {
      head.add(new ScoredDoc(d.docId(), second.score(features[index.get(d.docId())])));
    }
    head.sort(Comparator.comparingDouble(ScoredDoc::score).reversed());
    List<ScoredDoc> out = new ArrayList<>(byFirst.size());
    int n = byFirst.size();
    for (ScoredDoc d : head) {
      out.add(new ScoredDoc(d.docId(), n - out.size()));
    }
    for (ScoredDoc d : byFirst.subList(top, n)) {
      out.add(new ScoredDoc(d.docId(), n - out.size()));
    }
    return out;
  }
}
