package org.xiezhi.eval.lecard;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds each query's own judgment among its corpus candidates: a judgment outside the query's pool
 * whose basic facts contain at least {@value #CONTAINED} of the query's facts (in pieces of
 * {@value #PIECE} characters). LeCaRD took its queries from judgments and left each one out of its own
 * pool, but the corpus (the union of the pools) can hold it through another query's pool; there it
 * ranks first by BM25 and counts as unlabelled. A ranker trained with it learns to push the best text
 * match down, which in the product would be the same case or a co-defendant's judgment of the same
 * facts, so training lists leave these out (the evaluation's lists keep them: every method is scored
 * on the same corpus).
 */
public final class OwnJudgments {
  static final int PIECE = 10;
  static final double CONTAINED = 0.9;

  private OwnJudgments() {}

  /** Query id → ids of its own judgment(s) among its corpus candidates (queries without one are absent). */
  public static Map<String, Set<String>> find(LecardDataset data, Map<String, QueryCandidates> candidates,
      Map<String, LecardJudgment> judgments) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (LecardQuery q : data.queries()) {
      Set<String> pool = new HashSet<>(data.pool(q.id()));
      for (ScoredDoc d : candidates.get(q.id()).corpusTop()) {
        LecardJudgment j = judgments.get(d.docId());
        if (j != null && !pool.contains(d.docId()) && contained(q.facts(), j.facts())) {
          out.computeIfAbsent(q.id(), k -> new HashSet<>()).add(d.docId());
        }
      }
    }
    return out;
  }

  /** Whether {@code text} holds at least {@value #CONTAINED} of {@code query}'s {@value #PIECE}-character pieces. */
  static boolean contained(String query, String text) {
    if (query == null || text == null || query.length() < PIECE) {
      return false;
    }
    int pieces = 0;
    int found = 0;
    for (int i = 0; i + PIECE <= query.length(); i += PIECE) {
      pieces++;
      found += text.contains(query.substring(i, i + PIECE)) ? 1 : 0;
    }
    return found >= CONTAINED * pieces;
  }
}
