package org.xiezhi.models.predict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * The judgment models a process serves: the registry's active version (pinned by
 * {@code models activate}, else the latest), shared by every caller that predicts (HTTP and CLI
 * prediction, the advisor). A caller holds a {@link Lease} while it works, so a request finishes on
 * the models it started with; {@link #activate}, {@link #rollback} and {@link #reload} load the new
 * version (files verified) beside the one in use, pin it in the registry and swap it in atomically,
 * and the old version's ONNX sessions are closed when its last lease ends. A version pinned by
 * another process ({@code xiezhi models activate} while a service runs) is noticed within
 * {@link #PIN_CHECK_NANOS} and swapped in the same way.
 */
public final class ServedModels implements AutoCloseable {
  /** A completed switch: the version now served and the one it replaced. */
  public record Switch(String active, String previous) {}

  /** How often a lease looks at the registry's pin (one small file read). */
  public static final long PIN_CHECK_NANOS = 1_000_000_000L;

  private final ModelRegistry registry;
  private final AtomicReference<Loaded> current = new AtomicReference<>();
  private final java.util.concurrent.atomic.AtomicLong nextPinCheck = new java.util.concurrent.atomic.AtomicLong();

  /** Loaded models and their holders: the holder itself (1) plus the open leases. */
  private static final class Loaded {
    final JudgmentModels models;
    final AtomicInteger holders = new AtomicInteger(1);

    Loaded(JudgmentModels models) {
      this.models = models;
    }

    boolean acquire() {
      while (true) {
        int h = holders.get();
        if (h == 0) {
          return false;
        }
        if (holders.compareAndSet(h, h + 1)) {
          return true;
        }
      }
    }

    void release() {
      if (holders.decrementAndGet() == 0) {
        models.close();
      }
    }
  }

  /** The models one caller uses until it closes the lease; they stay open at least that long. */
  public static final class Lease implements AutoCloseable {
    private Loaded loaded;

    private Lease(Loaded loaded) {
      this.loaded = loaded;
    }

    public JudgmentModels models() {
      if (loaded == null) {
        throw new IllegalStateException("lease already closed");
      }
      return loaded.models;
    }

    public JudgmentPredictor predictor() {
      return models().predictor();
    }

    @Override
    public void close() {
      if (loaded != null) {
        loaded.release();
        loaded = null;
      }
    }
  }

  private volatile boolean closed;

  private ServedModels(ModelRegistry registry, JudgmentModels first) {
    this.registry = registry;
    if (first != null) {
      current.set(new Loaded(first));
    }
  }

  /** Opens the registry's active version (else the latest); fails when the registry holds none. */
  public static ServedModels open(ModelRegistry registry) throws IOException {
    return new ServedModels(registry, JudgmentModels.openActive(registry));
  }

  /**
   * As {@link #open}, but a registry that holds no model yet gives a holder that serves none until
   * {@link #reload} finds some (models trained while a service runs are then served by every caller
   * of this holder without a restart).
   */
  public static ServedModels openOrEmpty(ModelRegistry registry) throws IOException {
    return new ServedModels(registry, registry.list().isEmpty() ? null : JudgmentModels.openActive(registry));
  }

  /** True when models are served (false before the first models of an empty registry are loaded, and after close). */
  public boolean loaded() {
    return current.get() != null;
  }

  public ModelRegistry registry() {
    return registry;
  }

  /** A lease on the models served now; close it when the work is done. */
  public Lease lease() {
    followPin();
    while (true) {
      Loaded l = current.get();
      if (l == null) {
        throw new IllegalStateException(closed ? "the served models are closed" : "no models are served yet in " + registry.root());
      }
      if (l.acquire()) {
        return new Lease(l);
      }
    }
  }

  /** Runs {@code work} on the models served now, under a lease. */
  public <T> T with(Function<JudgmentModels, T> work) {
    try (Lease l = lease()) {
      return work.apply(l.models());
    }
  }

  /** The version served now (null when the three models' versions differ, or none is served). */
  public String activeVersion() {
    return loaded() ? with(JudgmentModels::version) : null;
  }

  /** Loads {@code version} (files verified), pins it in the registry and serves it. */
  public synchronized Switch activate(String version) throws IOException {
    String from = activeVersion();
    JudgmentModels fresh = JudgmentModels.open(registry, version);
    try {
      registry.activate(version, from);
    } catch (IOException | RuntimeException e) {
      fresh.close();
      throw e;
    }
    swap(fresh);
    return new Switch(version, from);
  }

  /** Serves the version pinned before the last activation again. */
  public synchronized Switch rollback() throws IOException {
    String previous = registry.active().previous();
    if (previous == null) {
      throw new IllegalStateException("no earlier version to roll back to");
    }
    return activate(previous);
  }

  /** Loads the registry's pinned (else latest) version again, as another process may have pinned one. */
  public synchronized void reload() {
    try {
      swap(JudgmentModels.openActive(registry));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reload the models in " + registry.root() + ": " + e.getMessage(), e);
    }
  }

  /**
   * At most once per {@link #PIN_CHECK_NANOS}: when the registry pins a version other than the one
   * served (pinned by another process), loads and serves it; a pin that cannot be loaded is left
   * for the admin switch to report, and the current version keeps serving.
   */
  private void followPin() {
    if (current.get() == null) {
      return;
    }
    long now = System.nanoTime();
    long due = nextPinCheck.get();
    if (now - due < 0 || !nextPinCheck.compareAndSet(due, now + PIN_CHECK_NANOS)) {
      return;
    }
    try {
      String pinned = registry.active().version();
      if (pinned != null && !pinned.equals(servedVersion())) {
        synchronized (this) {
          if (current.get() != null && pinned.equals(registry.active().version())
              && !pinned.equals(servedVersion())) {
            swap(JudgmentModels.open(registry, pinned));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // keep serving what is loaded
    }
  }

  private String servedVersion() {
    Loaded l = current.get();
    return l == null ? null : l.models.version();
  }

  private void swap(JudgmentModels fresh) {
    if (closed) {
      fresh.close();
      throw new IllegalStateException("the served models are closed");
    }
    Loaded old = current.getAndSet(new Loaded(fresh));
    if (old != null) {
      old.release();
    }
  }

  /** Stops serving; the sessions close when the last lease ends. */
  @Override
  public synchronized void close() {
    closed = true;
    Loaded l = current.getAndSet(null);
    if (l != null) {
      l.release();
    }
  }
}
