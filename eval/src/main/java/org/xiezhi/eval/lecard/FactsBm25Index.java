package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index of the judgments' basic facts under one analyzer and BM25 setting. A
 * query is the whole fact description: each distinct analyzed term once, boosted by its count.
 */
public final class FactsBm25Index implements KeywordRetriever {
  private static final String ID = "id";
  private static final String FACTS = "facts";

  private final Analyzer analyzer;
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public FactsBm25Index(List<LecardJudgment> judgments, Analyzer analyzer, float k1, float b) throws IOException {
    this.analyzer = analyzer;
    BM25Similarity sim = new BM25Similarity(k1, b);
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setSimilarity(sim).setRAMBufferSizeMB(256);
    try (IndexWriter w = new IndexWriter(dir, cfg)) {
      for (LecardJudgment j : judgments) {
        Document d = new Document();
        d.add(new StringField(ID, j.docId(), Field.Store.YES));
        d.add(new TextField(FACTS, j.facts(), Field.Store.NO));
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(sim);
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16384));
  }

  /** The best {@code n} judgments over the whole index, best first. */
  @Override
  public List<ScoredDoc> top(String facts, int n) {
    return search(query(facts), n);
  }

  /** Every pool member with its score (0 when no term matched), in pool order. */
  @Override
  public Map<String, Double> scorePool(String facts, List<String> pool) {
    List<BytesRef> ids = pool.stream().map(BytesRef::new).toList();
    Query q =
        new BooleanQuery.Builder()
            .add(query(facts), BooleanClause.Occur.MUST)
            .add(new TermInSetQuery(ID, ids), BooleanClause.Occur.FILTER)
            .build();
    Map<String, Double> hit = new HashMap<>();
    for (ScoredDoc d : search(q, pool.size())) {
      hit.put(d.docId(), d.score());
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String id : pool) {
      out.put(id, hit.getOrDefault(id, 0.0));
    }
    return out;
  }

  private List<ScoredDoc> search(Query q, int n) {
    try {
      List<ScoredDoc> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
        out.add(new ScoredDoc(searcher.storedFields().document(sd.doc).get(ID), sd.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query query(String facts) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(FACTS, facts)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    counts.forEach(
        (t, c) -> b.add(new BoostQuery(new TermQuery(new Term(FACTS, t)), c), BooleanClause.Occur.SHOULD));
    return b.build();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
