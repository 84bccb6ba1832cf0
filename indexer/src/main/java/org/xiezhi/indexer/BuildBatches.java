package org.xiezhi.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.inference.TextEmbedder;

/**
 * One batch of a build: its texts embedded through the vector cache (only the windows the cache
 * lacks, in one call), then its records written by the index worker while the next batch is embedded.
 */
final class BuildBatches {
  private BuildBatches() {}

  static void flush(IndexBuilder.Target index, List<CaseRecord> batch, TextEmbedder embedder, VectorCache cache,
      IndexBuilder.Settings s, IndexBuilder.Counters c, Pipeline pipe) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    float[][] vectors = new float[batch.size()][];
    if (embedder != null) {
      // windows of every text; embed the ones the cache lacks in one call
      List<List<String>> windows = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (CaseRecord r : batch) {
        List<String> w = r.facts() == null || r.facts().isBlank() ? List.of()
            : s.strategy().windows(r.facts(), s.maxEmbedChars());
        windows.add(w);
        for (String x : w) {
          if (cache.get(x) == null && !missing.contains(x)) {
            missing.add(x);
          }
        }
      }
      if (!missing.isEmpty()) {
        long t = System.nanoTime();
        List<float[]> got = embedder.embed(missing);
        c.embedSeconds += (System.nanoTime() - t) / 1e9;
        for (int i = 0; i < missing.size(); i++) {
          cache.put(missing.get(i), got.get(i));
        }
        c.vectorsEmbedded += missing.size();
        cache.flush();
      }
      for (int i = 0; i < batch.size(); i++) {
        List<String> w = windows.get(i);
        if (w.isEmpty()) {
          continue;
        }
        List<float[]> vs = new ArrayList<>();
        for (String x : w) {
          vs.add(cache.get(x));
        }
        vectors[i] = s.strategy().pool(vs);
      }
      c.vectorsFromCache += windows.stream().mapToInt(List::size).sum();
    }
    List<CaseRecord> records = List.copyOf(batch);
    batch.clear();
    pipe.submit(() -> {
      for (int i = 0; i < records.size(); i++) {
        CaseRecord r = records.get(i);
        try {
          if (r.facts() == null || r.facts().isBlank()) {
            c.casesWithoutFacts++;
          }
          index.upsert(r, vectors[i]);
          c.casesIndexed++;
        } catch (IllegalArgumentException e) {
          c.rejectCase(String.valueOf(r.id()), e.getMessage());
        }
      }
      return null;
    });
  }

  /**
   * Indexes one batch on the worker while the caller embeds the next (at most one batch in
   * flight); a failure on the worker is rethrown to the caller.
   */
  static final class Pipeline {
    private final java.util.concurrent.ExecutorService worker;
    private java.util.concurrent.Future<Void> pending;

    Pipeline(java.util.concurrent.ExecutorService worker) {
      this.worker = worker;
    }

    void submit(java.util.concurrent.Callable<Void> job) throws IOException {
      await();
      pending = worker.submit(job);
    }

    void await() throws IOException {
      if (pending == null) {
        return;
      }
      try {
        pending.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IOException("indexing failed: " + e.getCause(), e.getCause());
      } finally {
        pending = null;
      }
    }
  }
}
