package org.xiezhi.corpus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.RawJudgment;

/** Raw judgments of one source through the {@link IngestPipeline} a batch at a time on a pool, delivered in reading order. */
final class JudgmentBatches {
  /** Judgments per batch. */
  static final int BATCH = 256;

  /** Receives each outcome in reading order, and the end of each batch. */
  interface Sink {
    void accepted(CaseRecord r);

    void rejected(String id, String reason);

    void batchDone();
  }

  private final String source;
  private final ExecutorService pool;
  private final IngestPipeline pipeline;
  private final Sink sink;
  private final List<RawJudgment> batch = new ArrayList<>();

  JudgmentBatches(String source, ExecutorService pool, IngestPipeline pipeline, Sink sink) {
    this.source = source;
    this.pool = pool;
    this.pipeline = pipeline;
    this.sink = sink;
  }

  void add(RawJudgment j) {
    batch.add(j);
    if (batch.size() >= BATCH) {
      flush();
    }
  }

  void flush() {
    List<Future<Object>> futures = new ArrayList<>();
    for (RawJudgment j : batch) {
      futures.add(pool.submit(() -> process(j)));
    }
    for (int i = 0; i < futures.size(); i++) {
      Object o;
      try {
        o = futures.get(i).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        o = "parser error: " + e.getCause();
      }
      if (o instanceof CaseRecord r) {
        sink.accepted(r);
      } else {
        String id = source.equals("text") || source.equals("demo") ? "text-" + batch.get(i).docId() : batch.get(i).docId();
        sink.rejected(id, (String) o);
      }
    }
    batch.clear();
    sink.batchDone();
  }

  /** A masked record, or the reason the judgment is rejected. */
  private Object process(RawJudgment j) {
    try {
      return pipeline.judgment(source, j);
    } catch (IngestPipeline.Rejected e) {
      return e.detail();
    }
  }
}
