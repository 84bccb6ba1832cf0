package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The keyword stage of the LeCaRD similar-case methods: BM25 of a whole fact description against
 * the judgments' basic facts, in an in-memory Lucene index ({@link FactsBm25Index}) or in another
 * backend ({@link SolrFactsRetriever}).
 */
public interface KeywordRetriever extends AutoCloseable {
  /** The best {@code n} judgments over the whole corpus, best first. */
  List<ScoredDoc> top(String facts, int n);

  /** Every pool member with its score (0 when no term matched), in pool order. */
  Map<String, Double> scorePool(String facts, List<String> pool);

  @Override
  void close() throws IOException;
}
