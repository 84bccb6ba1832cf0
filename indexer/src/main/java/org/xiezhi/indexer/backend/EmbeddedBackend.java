package org.xiezhi.indexer.backend;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.IndexMeta;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SearchResult;
import org.xiezhi.indexer.SimilarCaseRanker;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.SimilarResult;

/** The embedded Lucene index ({@link CaseIndex}) as a {@link SearchBackend}. */
public final class EmbeddedBackend implements SearchBackend {
  private final CaseIndex index;

  public EmbeddedBackend(CaseIndex index) {
    this.index = java.util.Objects.requireNonNull(index);
  }

  /** The index behind this backend. */
  public CaseIndex index() {
    return index;
  }

  @Override
  public String kind() {
    return "embedded";
  }

  @Override
  public String describe() {
    return "embedded " + index.dataDir();
  }

  @Override
  public IndexMeta meta() {
    return index.meta();
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return index.search(request);
  }

  @Override
  public SimilarResult similar(SimilarRequest request) throws IOException {
    return index.similar(request);
  }

  @Override
  public List<StatuteArticle> statute(String ref) throws IOException {
    return index.statute(ref);
  }

  @Override
  public Optional<CaseRecord> get(String id) throws IOException {
    return index.get(id);
  }

  @Override
  public long[] counts() throws IOException {
    int[] c = index.counts();
    return new long[] {c[0], c[1]};
  }

  @Override
  public SimilarCaseRanker ranker() {
    return index.ranker();
  }

  @Override
  public void setRanker(SimilarCaseRanker ranker) {
    index.setRanker(ranker);
  }

  @Override
  public void upsert(CaseRecord r, float[] factsVector) throws IOException {
    index.upsert(r, factsVector);
  }

  @Override
  public void upsert(StatuteArticle a) throws IOException {
    index.upsert(a);
  }

  @Override
  public boolean delete(String id) throws IOException {
    return index.delete(id);
  }

  @Override
  public void commit() throws IOException {
    index.commit();
    index.refresh();
  }

  @Override
  public void refresh() throws IOException {
    index.refresh();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
