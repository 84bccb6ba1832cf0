package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.common.SolrInputDocument;
import org.xiezhi.indexer.CaseFields;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.solr.SolrBackend;

/**
 * The keyword stage of the LeCaRD methods on a SolrCloud collection: the judgments' basic facts in
 * the collection's bigram field ({@code facts_bg}, the project's {@link BigramAnalyzer}), a query
 * being each distinct bigram of the fact description weighted by its count, as
 * {@link FactsBm25Index} builds it with the same analyzer.
 */
public final class SolrFactsRetriever implements KeywordRetriever {
  private static final String FIELD = CaseFields.FACTS + CaseFields.BIGRAM;
  private final SolrBackend backend;
  private final Analyzer analyzer = new BigramAnalyzer();

  /** Uses {@code backend} (closed with this retriever). */
  public SolrFactsRetriever(SolrBackend backend) {
    this.backend = backend;
  }

  /** Indexes the judgments (id, basic facts in the bigram field, charges) and commits. */
  public static void index(SolrBackend backend, List<LecardJudgment> judgments) throws IOException {
    for (LecardJudgment j : judgments) {
      SolrInputDocument d = new SolrInputDocument();
      d.setField(CaseFields.ID, j.docId());
      d.setField(CaseFields.KIND, CaseFields.KIND_CASE);
      if (!j.facts().isBlank()) {
        d.setField(FIELD, j.facts());
      }
      for (String c : j.charges()) {
        d.addField(CaseFields.CHARGE, c);
      }
      backend.upsertDocument(d);
    }
    backend.commit();
  }

  @Override
  public List<ScoredDoc> top(String facts, int n) {
    List<ScoredDoc> out = new ArrayList<>();
    search(facts, null, n).forEach((id, s) -> out.add(new ScoredDoc(id, s)));
    return out;
  }

  @Override
  public Map<String, Double> scorePool(String facts, List<String> pool) {
    Map<String, Double> hit = search(facts, pool, pool.size());
    Map<String, Double> out = new LinkedHashMap<>();
    for (String id : pool) {
      out.put(id, hit.getOrDefault(id, 0.0));
    }
    return out;
  }

  private Map<String, Double> search(String facts, List<String> ids, int n) {
    Map<String, Float> counts = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, facts)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(term.toString(), 1f, Float::sum);
      }
      ts.end();
      return backend.termScores(FIELD, counts, ids, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    backend.close();
  }
}
