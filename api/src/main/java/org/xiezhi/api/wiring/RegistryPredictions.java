package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.models.predict.JudgmentModels;
import org.xiezhi.models.registry.ModelManifest;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * Predictions from the trained models in the registry (charges, articles, term through ONNX
 * Runtime), with the nearest similar cases as evidence. {@link #reload()} opens the registry's
 * current versions beside the old ones and swaps them in atomically; requests in flight finish on
 * the old models, which are closed only after the swap.
 */
public final class RegistryPredictions implements PredictionPort, AutoCloseable {
  private final Path root;
  private final SimilarCasePort similar;
  private final AtomicReference<JudgmentModels> current = new AtomicReference<>();

  public RegistryPredictions(Path registryRoot, SimilarCasePort similar) throws IOException {
    this.root = registryRoot;
    this.similar = similar;
    current.set(JudgmentModels.open(ModelRegistry.open(root)));
  }

  @Override
  public Prediction predict(String facts) {
    var p = current.get().predictor().predict(facts);
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
    List<ModelInfo> out = new ArrayList<>();
    for (ModelManifest m : current.get().manifests()) {
      out.add(info(m));
    }
    return out;
  }

  @Override
  public Optional<ModelInfo> model(String id) {
    return models().stream().filter(m -> m.id().equals(id) || (m.id() + "@" + m.version()).equals(id)).findFirst();
  }

  @Override
  public void reload() {
    try {
      JudgmentModels fresh = JudgmentModels.open(ModelRegistry.open(root));
      JudgmentModels old = current.getAndSet(fresh);
      if (old != null) {
        old.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reload the models in " + root + ": " + e.getMessage(), e);
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
    JudgmentModels m = current.getAndSet(null);
    if (m != null) {
      m.close();
    }
  }
}
