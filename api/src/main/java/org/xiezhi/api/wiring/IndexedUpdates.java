package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.xiezhi.api.port.CaseUpdatePort;
import org.xiezhi.corpus.ingest.CaseMasking;
import org.xiezhi.corpus.ingest.IngestPipeline;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseIndex;

/**
 * Updates of the served Lucene index while serving: the service owns the index writer, each batch
 * is committed before the call returns, and the index's near-real-time refresh makes it searchable
 * within the configured interval. Records pass through the one ingest path ({@link IngestPipeline}:
 * parse a bare full text, mask, validate) and are embedded with the index's embedder on the
 * calling (worker) thread, through the index's vector cache ({@code <index>/vector-cache}), so a
 * text embedded once (by a build or an earlier update) is not embedded again.
 */
public final class IndexedUpdates implements CaseUpdatePort, AutoCloseable {
  private final CaseIndex index;
  private final IngestPipeline pipeline = IngestPipeline.standard();
  private final AtomicLong upserted = new AtomicLong();
  private final AtomicLong deleted = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final Map<String, Map<String, Object>> background = new ConcurrentHashMap<>();
  private final org.xiezhi.indexer.VectorCache cache;

  /** {@code index} must be open for writing with near-real-time refresh started. */
  public IndexedUpdates(CaseIndex index) {
    if (!index.writable() || index.refreshIntervalMs() <= 0) {
      throw new IllegalArgumentException("the index must be open for writing with near-real-time refresh started");
    }
    this.index = index;
    org.xiezhi.indexer.VectorCache c = null;
    if (index.meta().embeddingModel() != null && index.writable()) {
      try {
        c = org.xiezhi.indexer.VectorCache.open(index.dataDir().resolve("vector-cache"), index.meta().embeddingModel(),
            index.meta().dimension());
      } catch (IOException | RuntimeException e) {
        c = null; // no cache: every new text is embedded
      }
    }
    this.cache = c;
  }

  @Override
  public Outcome upsert(List<CaseRecord> records) {
    List<Rejected> rejected = new ArrayList<>();
    List<CaseRecord> ingested = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    // the one ingest path: parse a bare full text, mask, validate
    for (int i = 0; i < records.size(); i++) {
      CaseRecord r = records.get(i);
      try {
        ingested.add(pipeline.record(r));
        positions.add(i);
      } catch (IngestPipeline.Rejected e) {
        rejected.add(new Rejected(i, r.id(), e.getMessage()));
      }
    }
    return apply(ingested, positions, rejected);
  }

  /**
   * Adds or replaces records that already came through the {@link IngestPipeline} (the background
   * load's), embedding them on this thread.
   */
  public Outcome upsertIngested(List<CaseRecord> ingested) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < ingested.size(); i++) {
      positions.add(i);
    }
    return apply(ingested, positions, new ArrayList<>());
  }

  /** Embeds the records first (the slow part), then writes the batch at once and commits. */
  private Outcome apply(List<CaseRecord> ingested, List<Integer> positions, List<Rejected> rejected) {
    List<CaseRecord> ready = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < ingested.size(); i++) {
      CaseRecord x = ingested.get(i);
      try {
        org.xiezhi.indexer.CaseDocuments.caseDocument(x, null);
        vectors.add(index.factsVector(x, cache));
        ready.add(x);
      } catch (RuntimeException | IOException e) {
        rejected.add(new Rejected(positions.get(i), x.id(), String.valueOf(e.getMessage())));
      }
    }
    try {
      index.batch(() -> {
        for (int i = 0; i < ready.size(); i++) {
          index.upsert(ready.get(i), vectors.get(i));
        }
        return null;
      });
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    upserted.addAndGet(ready.size());
    batches.incrementAndGet();
    rejected.sort(java.util.Comparator.comparingInt(Rejected::index));
    return new Outcome(ready.size(), 0, List.of(), rejected, index.refreshIntervalMs());
  }

  @Override
  public Outcome delete(List<String> ids) {
    List<String> notFound = new ArrayList<>();
    int n;
    try {
      n = index.batch(() -> {
        int k = 0;
        for (String id : ids) {
          if (index.delete(id)) {
            k++;
          } else {
            notFound.add(id);
          }
        }
        return k;
      });
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deleted.addAndGet(n);
    batches.incrementAndGet();
    return new Outcome(0, n, notFound, List.of(), index.refreshIntervalMs());
  }

  @Override
  public long refreshIntervalMs() {
    return index.refreshIntervalMs();
  }

  @Override
  public Map<String, Object> status() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("writable", true);
    m.put("refreshIntervalMs", index.refreshIntervalMs());
    m.put("batches", batches.get());
    m.put("upserted", upserted.get());
    m.put("deleted", deleted.get());
    if (!background.isEmpty()) {
      m.put("background", new java.util.TreeMap<>(background));
    }
    return m;
  }

  /** Publishes the progress of a background load under {@code name} (shown by {@code /ready}). */
  public void backgroundStatus(String name, Map<String, Object> progress) {
    background.put(name, Map.copyOf(progress));
  }

  /** Commits and closes the index (releasing its write lock). */
  @Override
  public void close() throws IOException {
    try {
      if (cache != null) {
        synchronized (cache) {
          cache.close();
        }
      }
    } finally {
      index.close();
    }
  }

}
