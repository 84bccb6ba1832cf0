package org.xiezhi.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xiezhi.inference.onnx.SessionSettings;

/**
 * The ONNX Runtime sessions of one embedding model ({@link EmbedderOptions#sessions()} of them,
 * inputs and output checked against the manifest) and, with more than one, the worker threads that
 * run batches on them in parallel. Closing waits for the sessions in use, then frees them.
 */
final class SessionPool implements AutoCloseable {
  /** Work on one session. */
  interface Work {
    void run(OrtSession s) throws OrtException;
  }

  private final BlockingQueue<OrtSession> idle;
  private final List<OrtSession> all = new ArrayList<>();
  private final ExecutorService workers;
  private final boolean tokenTypes;

  SessionPool(EmbeddingManifest manifest, Path model, EmbedderOptions options) throws OrtException {
    this.idle = new ArrayBlockingQueue<>(options.sessions());
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions so = new SessionSettings(options.intraOpThreads(), true).toOptions()) {
      for (int i = 0; i < options.sessions(); i++) {
        OrtSession s = env.createSession(model.toString(), so);
        all.add(s);
        idle.add(s);
      }
      OrtSession first = all.get(0);
      for (String in : new String[] {manifest.inputs().inputIds(), manifest.inputs().attentionMask()}) {
        if (!first.getInputNames().contains(in)) {
          throw new IllegalArgumentException("model " + manifest.modelId() + " has no input " + in + ": " + first.getInputNames());
        }
      }
      if (!first.getOutputNames().contains(manifest.output())) {
        throw new IllegalArgumentException("model " + manifest.modelId() + " has no output " + manifest.output());
      }
      String tt = manifest.inputs().tokenTypeIds();
      tokenTypes = tt != null && first.getInputNames().contains(tt);
    } catch (OrtException | RuntimeException e) {
      closeSessions();
      throw e;
    }
    AtomicInteger n = new AtomicInteger();
    this.workers = options.sessions() == 1 ? null : Executors.newFixedThreadPool(options.sessions(), r -> {
      Thread t = new Thread(r, "embedder-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Whether the model takes token type ids. */
  boolean tokenTypes() {
    return tokenTypes;
  }

  /** Runs {@code work} on an idle session (waits for one); an ONNX Runtime failure becomes an unchecked exception naming {@code model}. */
  void run(String model, Work work) {
    OrtSession s;
    try {
      s = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a session", e);
    }
    try {
      work.run(s);
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed (" + model + "): " + e.getMessage(), e);
    } finally {
      idle.add(s);
    }
  }

  /** Runs the tasks, in parallel on the workers when there are several of each, and waits for all. */
  void runAll(List<Runnable> tasks) {
    if (workers == null || tasks.size() <= 1) {
      tasks.forEach(Runnable::run);
      return;
    }
    List<Future<?>> futures = new ArrayList<>(tasks.size());
    for (Runnable t : tasks) {
      futures.add(workers.submit(t));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(c);
      }
    }
  }

  @Override
  public void close() {
    if (workers != null) {
      workers.shutdown();
      try {
        workers.awaitTermination(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (int i = 0; i < all.size(); i++) {
      try {
        idle.poll(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    closeSessions();
  }

  private void closeSessions() {
    for (OrtSession s : all) {
      try {
        s.close();
      } catch (OrtException e) {
        // nothing more can be done for a session that fails to close
      }
    }
    all.clear();
  }
}
