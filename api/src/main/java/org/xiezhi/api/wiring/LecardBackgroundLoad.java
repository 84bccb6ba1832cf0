package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xiezhi.api.port.CaseUpdatePort;
import org.xiezhi.corpus.ingest.IngestPipeline;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;

/**
 * Loads the LeCaRD candidate judgments into a served index in the background, through the same
 * ingest path as the update endpoint ({@link IngestPipeline}: parse, mask, validate; then embed, commit per batch, searchable within the refresh
 * interval), masked under the updates' policy, so the service answers at once and its corpus grows. Progress goes to the log and to
 * {@code /ready} ({@code updates.background.lecard}).
 */
public final class LecardBackgroundLoad implements Runnable {
  private static final int BATCH = 32;
  private final Path lecardDir;
  private final IndexedUpdates updates;
  private final PrintStream log;
  private final IngestPipeline pipeline;
  private volatile boolean stopped;
  private long read;
  private long indexed;
  private long rejected;
  private long started;

  public LecardBackgroundLoad(Path lecardDir, IndexedUpdates updates, PrintStream log) {
    this.lecardDir = lecardDir;
    this.updates = updates;
    this.log = log;
    this.pipeline = IngestPipeline.of(updates.masking());
  }

  /** Starts the load on a low-priority daemon thread. */
  public Thread start() {
    Thread t = new Thread(this, "lecard-background-load");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }

  /** Asks the load to stop after the batch in progress. */
  public void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    started = System.nanoTime();
    publish("running");
    log.println("background: loading the LeCaRD judgments of " + lecardDir + " into the served index");
    List<CaseRecord> batch = new ArrayList<>();
    try {
      new LecardCandidates(lecardDir).forEach(new LecardCandidates.Sink() {
        @Override
        public void accept(RawJudgment j) {
          if (stopped) {
            throw new Stop();
          }
          read++;
          try {
            batch.add(pipeline.judgment("lecard", j));
          } catch (IngestPipeline.Rejected e) {
            rejected++;
            return;
          }
          if (batch.size() >= BATCH) {
            apply(batch);
          }
        }

        @Override
        public void reject(String docId, String reason) {
          read++;
          rejected++;
        }
      });
      apply(batch);
      publish("done");
      log.printf(Locale.ROOT, "background: LeCaRD loaded: %d judgments read, %d indexed, %d rejected in %.1f s%n",
          read, indexed, rejected, seconds());
    } catch (Stop e) {
      publish("stopped");
    } catch (org.xiezhi.indexer.IndexClosedException e) {
      publish("stopped");
      log.printf(Locale.ROOT, "background: LeCaRD load stopped with the service after %d judgments (%.1f s)%n", indexed, seconds());
    } catch (IOException | RuntimeException e) {
      publish("failed: " + e.getMessage());
      log.println("background: LeCaRD load failed: " + e);
    }
  }

  private void apply(List<CaseRecord> batch) {
    if (batch.isEmpty()) {
      return;
    }
    CaseUpdatePort.Outcome o = updates.upsertIngested(List.copyOf(batch));
    batch.clear();
    long before = indexed;
    indexed += o.upserted();
    rejected += o.rejected().size();
    publish("running");
    if (indexed / 500 != before / 500) {
      log.printf(Locale.ROOT, "background: %,d LeCaRD judgments indexed (%,d read, %d rejected), %.1f s, %.1f per second%n",
          indexed, read, rejected, seconds(), indexed / Math.max(seconds(), 1e-9));
    }
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  private void publish(String state) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", state);
    m.put("read", read);
    m.put("indexed", indexed);
    m.put("rejected", rejected);
    m.put("seconds", Math.round(seconds() * 10) / 10.0);
    updates.backgroundStatus("lecard", m);
  }

  private static final class Stop extends RuntimeException {
    Stop() {
      super("stopped", null, false, false);
    }
  }
}
