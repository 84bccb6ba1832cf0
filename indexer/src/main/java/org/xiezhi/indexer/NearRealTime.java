package org.xiezhi.indexer;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The near-real-time refresh of a writable {@link CaseIndex}: a background thread that makes writes
 * visible every interval, and the lock that keeps a refresh from showing part of a batch (batches
 * hold it shared, a refresh holds it alone).
 */
final class NearRealTime implements AutoCloseable {
  private final ReentrantReadWriteLock visibility = new ReentrantReadWriteLock();
  private ScheduledExecutorService reopener;
  private long intervalMs;

  /** Starts refreshing with {@code refresh} every {@code ms} milliseconds; at most once. */
  synchronized void start(long ms, PendingWrites.Refresh refresh) {
    if (ms < 10 || ms > 600_000) {
      throw new IllegalArgumentException("refresh interval must be 10..600000 ms, not " + ms);
    }
    if (reopener != null) {
      throw new IllegalStateException("near-real-time refresh already started");
    }
    reopener = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    reopener.scheduleWithFixedDelay(() -> {
      visibility.writeLock().lock();
      try {
        refresh.run();
      } catch (IOException | RuntimeException e) {
        Logger.getLogger(CaseIndex.class.getName()).log(Level.WARNING, "near-real-time refresh failed", e);
      } finally {
        visibility.writeLock().unlock();
      }
    }, ms, ms, TimeUnit.MILLISECONDS);
    intervalMs = ms;
  }

  /** Runs {@code work} so that no refresh happens while it runs. */
  <T> T batch(CaseIndex.Batch<T> work) throws IOException {
    visibility.readLock().lock();
    try {
      return work.apply();
    } finally {
      visibility.readLock().unlock();
    }
  }

  /** The refresh interval, 0 when none runs. */
  synchronized long intervalMs() {
    return intervalMs;
  }

  /** Stops the refresh thread (waits up to 10 s for a refresh in progress). */
  @Override
  public synchronized void close() {
    if (reopener != null) {
      reopener.shutdownNow();
      try {
        reopener.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      reopener = null;
    }
  }
}
