package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xiezhi.api.port.CaseUpdatePort;
import org.xiezhi.api.server.Problem;
import org.xiezhi.corpus.ingest.IngestPipeline;
import org.xiezhi.corpus.mask.MaskingPolicy;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseIndex;

/**
 * Updates of the served Lucene index while serving: the service owns the index writer, each batch
 * is committed before the call returns, and the index's near-real-time refresh makes it searchable
 * within the configured interval. Records pass through the one ingest path ({@link IngestPipeline}:
 * parse a bare full text, mask, validate) and are embedded with the index's embedder on the
 * calling (worker) thread, through the index's vector cache ({@code <index>/vector-cache}), so a
 * text embedded once (by a build or an earlier update) is not embedded again.
 *
 * <p>Records are masked under the service's policy ({@code masking}); when the served corpus was
 * ingested under another one ({@code corpus/masking.json}), upserts are refused with 409 rather
 * than mixing the two in one index. A record left out is reported by position with the field at
 * fault and a reason in words ({@link UpdateRejections}).
 */
public final class IndexedUpdates implements CaseUpdatePort, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(IndexedUpdates.class.getName());
  private final CaseIndex index;
  private final MaskingPolicy masking;
  private final MaskingPolicy corpusMasking;
  private final IngestPipeline pipeline;
  private final AtomicLong upserted = new AtomicLong();
  private final AtomicLong deleted = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final Map<String, Map<String, Object>> background = new ConcurrentHashMap<>();
  private final org.xiezhi.indexer.VectorCache cache;

  /** Updates masked under the default policy over a corpus of unrecorded policy. */
  public IndexedUpdates(CaseIndex index) {
    this(index, MaskingPolicy.DEFAULT, null);
  }

  /**
   * {@code index} must be open for writing with near-real-time refresh started; records are masked
   * under {@code masking}; {@code corpusMasking} is the policy the served corpus was ingested
   * under (null when not recorded).
   */
  public IndexedUpdates(CaseIndex index, MaskingPolicy masking, MaskingPolicy corpusMasking) {
    if (!index.writable() || index.refreshIntervalMs() <= 0) {
      throw new IllegalArgumentException("the index must be open for writing with near-real-time refresh started");
    }
    this.index = index;
    this.masking = masking;
    this.corpusMasking = corpusMasking;
    this.pipeline = IngestPipeline.of(masking);
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

  /** The policy records added here are masked under. */
  public MaskingPolicy masking() {
    return masking;
  }

  /**
   * Why an upsert would mix policies in one index, or null: the served corpus was ingested under
   * another policy than this service's.
   */
  public String maskingConflict() {
    if (corpusMasking == null || corpusMasking == masking) {
      return null;
    }
    return "the served corpus was masked under '" + corpusMasking.label() + "' and this service masks under '"
        + masking.label() + "': serve it with --masking " + corpusMasking.label()
        + " (or 'masking' in the config file), or ingest and index the corpus again with --masking " + masking.label();
  }

  private void refuseMixedMasking() {
    String why = maskingConflict();
    if (why != null) {
      throw new Problem(409, "脱敏模式不一致", "masking", why);
    }
  }

  @Override
  public Outcome upsert(List<CaseRecord> records) {
    refuseMixedMasking();
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
        rejected.add(UpdateRejections.ingest(i, r.id(), e));
      }
    }
    return apply(ingested, positions, rejected);
  }

  /**
   * Adds or replaces records that already came through the {@link IngestPipeline} (the background
   * load's), embedding them on this thread.
   */
  public Outcome upsertIngested(List<CaseRecord> ingested) {
    refuseMixedMasking();
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
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "upsert: record " + positions.get(i) + " cannot be indexed", e);
        rejected.add(UpdateRejections.document(positions.get(i), x.id()));
        continue;
      }
      try {
        vectors.add(index.factsVector(x, cache));
        ready.add(x);
      } catch (RuntimeException | IOException e) {
        LOG.log(Level.WARNING, "upsert: the facts of record " + positions.get(i) + " could not be embedded", e);
        rejected.add(UpdateRejections.embedding(positions.get(i), x.id()));
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
    m.put("masking", masking.label());
    m.put("corpusMasking", corpusMasking == null ? "not recorded" : corpusMasking.label());
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
