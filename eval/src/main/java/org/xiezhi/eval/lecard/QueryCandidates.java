package org.xiezhi.eval.lecard;

import java.util.List;
import java.util.Map;

/** The keyword scores of one query: every pool member (pool order) and the corpus top-N (best first). */
public record QueryCandidates(Map<String, Double> pool, List<ScoredDoc> corpusTop) {}
