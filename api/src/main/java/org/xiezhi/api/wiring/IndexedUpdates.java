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
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.mask.PiiMasker;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.indexer.CaseIndex;

/**
 * Updates of the served Lucene index while serving: the service owns the index writer, each batch
 * is committed before the call returns, and the index's near-real-time refresh makes it searchable
 * within the configured interval. Records pass through the ingest path (judgment parser for a bare
 * full text, then the per-document masker) and are embedded with the index's embedder on the
 * calling (worker) thread, through the index's vector cache ({@code <index>/vector-cache}), so a
 * text embedded once (by a build or an earlier update) is not embedded again.
 */
public final class IndexedUpdates implements CaseUpdatePort, AutoCloseable {
  private static final int MAX_ID = 200;
  private final CaseIndex index;
  private final PiiMasker masker = PiiMasker.standard();
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
    List<CaseRecord> ready = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    // parse, mask and embed first (the slow part), then apply the batch at once
    for (int i = 0; i < records.size(); i++) {
      CaseRecord r = records.get(i);
      String why = check(r);
      if (why != null) {
        rejected.add(new Rejected(i, r.id(), why));
        continue;
      }
      try {
        CaseRecord x = prepare(r, masker);
        org.xiezhi.indexer.CaseDocuments.caseDocument(x, null);
        vectors.add(index.factsVector(x, cache));
        ready.add(x);
      } catch (RuntimeException | IOException e) {
        rejected.add(new Rejected(i, r.id(), String.valueOf(e.getMessage())));
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

  /** Why a record cannot be applied, or null. */
  static String check(CaseRecord r) {
    if (r.id() == null || r.id().isBlank()) {
      return "id is required";
    }
    if (r.id().length() > MAX_ID) {
      return "id longer than " + MAX_ID + " characters";
    }
    if (blank(r.facts()) && blank(r.fullText())) {
      return "a case needs facts or fullText";
    }
    return null;
  }

  /**
   * The record as ingest would write it: a record with only a full text (no facts, no charges) is
   * parsed as a plain-text judgment under its own id; every text field is then masked.
   */
  public static CaseRecord prepare(CaseRecord r, PiiMasker masker) {
    CaseRecord x = r;
    if (blank(r.facts()) && r.charges().isEmpty() && !blank(r.fullText())) {
      x = JudgmentParser.parse(new RawJudgment(r.id(), null, null, null, null, r.fullText(), null), r.id(),
          r.source() == null ? "text" : r.source());
    } else if (r.source() == null) {
      x = new CaseRecord(r.id(), "api", r.title(), r.court(), r.region(), r.caseNumber(), r.documentType(),
          r.procedure(), r.date(), r.year(), r.facts(), r.reasoning(), r.result(), r.fullText(), r.charges(),
          r.articles(), r.citations(), r.defendants(), r.missing());
    }
    return CaseMasking.mask(x, masker.forDocument());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
