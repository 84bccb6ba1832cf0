package org.xiezhi.api.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run blocking work (Lucene, ONNX) off the event loop, with a bounded queue: when
 * it is full {@link #submit} refuses at once and the caller answers 429, so a burst does not slow
 * every request down.
 */
public final class WorkerPool implements AutoCloseable {
  private final ThreadPoolExecutor executor;

  public WorkerPool(int threads, int queueCapacity) {
    this("xiezhi-worker-", threads, queueCapacity);
  }

  /** A pool whose threads are named {@code prefix1}, {@code prefix2}, …. */
  public WorkerPool(String prefix, int threads, int queueCapacity) {
    AtomicInteger n = new AtomicInteger();
    executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queueCapacity),
        r -> {
          Thread t = new Thread(r, prefix + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        },
        new ThreadPoolExecutor.AbortPolicy());
  }

  /** Queues work; throws {@link RejectedExecutionException} when the queue is full. */
  public <T> Future<T> submit(Callable<T> work) {
    return executor.submit(work);
  }

  public int queued() {
    return executor.getQueue().size();
  }

  public int active() {
    return executor.getActiveCount();
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
