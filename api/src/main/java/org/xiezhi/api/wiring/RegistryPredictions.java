package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.models.predict.JudgmentModels;
import org.xiezhi.models.registry.ModelManifest;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * Predictions from the trained models in the registry (charges, articles, term through ONNX
 * Runtime), with the nearest similar cases as evidence. Model versions change while serving: a new
 * version is loaded (files verified) beside the one in use, pinned in the registry, then swapped in
 * atomically; each request holds a lease on the models it started with, and the old version is
 * closed only when its last request has finished, so no request fails during a switch.
 */
public final class RegistryPredictions implements PredictionPort, AutoCloseable {
  private final Path root;
  private final SimilarCasePort similar;
  private final AtomicReference<Lease> current = new AtomicReference<>();

  /** Loaded models and the number of holders: the service itself (1) plus the requests using them. */
  private static final class Lease {
    final JudgmentModels models;
    final AtomicInteger holders = new AtomicInteger(1);

    Lease(JudgmentModels models) {
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

  public RegistryPredictions(Path registryRoot, SimilarCasePort similar) throws IOException {
    this.root = registryRoot;
    this.similar = similar;
    current.set(new Lease(JudgmentModels.openActive(ModelRegistry.open(root))));
  }

  private <T> T withModels(Function<JudgmentModels, T> work) {
    while (true) {
      Lease l = current.get();
      if (l == null) {
        throw new IllegalStateException("prediction models are closed");
      }
      if (l.acquire()) {
        try {
          return work.apply(l.models);
        } finally {
          l.release();
        }
      }
    }
  }

  @Override
  public Prediction predict(String facts) {
    var p = withModels(m -> m.predictor().predict(facts));
    List<Scored> charges = new ArrayList<>();
    p.chargeScores().forEach((k, v) -> charges.add(new Scored(k.endsWith("罪") ? k : k + "罪", v)));
    List<Scored> articles = new ArrayList<>();
    p.articleScores().forEach((k, v) -> articles.add(new Scored("刑法第" + k + "条", v)));
    Term term = p.death() ? new Term("death", null, null, null)
        : p.life() ? new Term("life", null, null, null)
        : new Term("imprisonment", p.termMonths(), (int) Math.floor(p.termMonths() * 0.8), (int) Math.ceil(p.termMonths() * 1.2));
    List<String> evidence = new ArrayList<>();
    if (similar != null) {
      similar.similar(facts, 5).forEach(s -> evidence.add(s.id()));
    }
    return new Prediction(charges, articles, term, p.model(), evidence);
  }

  @Override
  public List<ModelInfo> models() {
    return withModels(m -> m.manifests().stream().map(RegistryPredictions::info).toList());
  }

  @Override
  public Optional<ModelInfo> model(String id) {
    return models().stream().filter(m -> m.id().equals(id) || (m.id() + "@" + m.version()).equals(id)).findFirst();
  }

  /** Loads the registry's pinned (else latest) versions again and swaps them in. */
  @Override
  public synchronized void reload() {
    try {
      swap(JudgmentModels.openActive(ModelRegistry.open(root)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reload the models in " + root + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Switch switchModels(String version) {
    try {
      ModelRegistry reg = ModelRegistry.open(root);
      String from = activeVersion();
      JudgmentModels fresh = JudgmentModels.open(reg, version);
      try {
        reg.activate(version, from);
      } catch (IOException | RuntimeException e) {
        fresh.close();
        throw e;
      }
      swap(fresh);
      return new Switch(version, from);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot switch to version " + version + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Switch rollbackModels() {
    String previous;
    try {
      previous = ModelRegistry.open(root).active().previous();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (previous == null) {
      throw new IllegalStateException("no earlier version to roll back to");
    }
    return switchModels(previous);
  }

  @Override
  public String activeVersion() {
    return withModels(JudgmentModels::version);
  }

  private void swap(JudgmentModels fresh) {
    Lease old = current.getAndSet(new Lease(fresh));
    if (old != null) {
      old.release();
    }
  }

  private static ModelInfo info(ModelManifest m) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("task", m.task());
    meta.put("labels", m.labels().size());
    meta.put("metrics", m.metrics());
    meta.put("trainingData", m.trainingData());
    meta.put("licence", m.licence());
    meta.put("files", m.files());
    return new ModelInfo(m.id(), m.version(), m.task(), meta);
  }

  @Override
  public void close() {
    Lease l = current.getAndSet(null);
    if (l != null) {
      l.release();
    }
  }
}
