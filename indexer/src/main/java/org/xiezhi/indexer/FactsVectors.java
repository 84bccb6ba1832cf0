package org.xiezhi.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.inference.TextEmbedder;

/**
 * How an index embeds facts: the long-text windows of its {@link IndexMeta}, pooled, with the
 * embedder that built its vectors (null: no vectors), optionally through a {@link VectorCache}.
 */
final class FactsVectors {
  private final IndexMeta meta;
  private final TextEmbedder embedder;
  private final LongTextStrategy strategy;

  FactsVectors(IndexMeta meta, TextEmbedder embedder) {
    this.meta = meta;
    this.embedder = embedder;
    this.strategy = LongTextStrategy.parse(meta.longTextStrategy());
  }

  /** True when searches can use vectors. */
  boolean available() {
    return embedder != null && meta.embeddingModel() != null;
  }

  /** The vector of a text as the index embeds facts, or null without an embedder or text. */
  float[] of(String text) {
    return SearchParts.embedFacts(meta, embedder, text);
  }

  /**
   * The facts vector of {@code r}, taking the windows already embedded with this index's model from
   * {@code cache} and adding the new ones to it (locks the cache).
   */
  float[] of(CaseRecord r, VectorCache cache) throws IOException {
    if (cache == null || !available() || r.facts() == null || r.facts().isBlank()) {
      return of(r.facts());
    }
    List<String> windows = strategy.windows(r.facts(), meta.maxEmbedChars());
    synchronized (cache) {
      List<String> missing = new ArrayList<>();
      for (String w : windows) {
        if (cache.get(w) == null && !missing.contains(w)) {
          missing.add(w);
        }
      }
      if (!missing.isEmpty()) {
        List<float[]> got = embedder.embed(missing);
        for (int i = 0; i < missing.size(); i++) {
          cache.put(missing.get(i), got.get(i));
        }
        cache.flush();
      }
      List<float[]> vs = new ArrayList<>();
      for (String w : windows) {
        vs.add(cache.get(w));
      }
      return strategy.pool(vs);
    }
  }
}
