package org.xiezhi.api.wiring;

import java.util.List;
import java.util.Optional;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.corpus.data.DataDir;

/**
 * The predictions a service serves from its data root's registry, and the models it lists (the
 * registry's and the embedding model). When the registry held no model at the start: 503 naming
 * the command that trains them until a reload (the admin endpoint, or the demo once its
 * background training is done) finds models, then the registry's predictions. The served models
 * are the holder the advisor shares, so the models loaded then are the advisor's too. Closing it
 * closes that holder (the composition root hands it over).
 */
public final class ServedPredictions implements PredictionPort, AutoCloseable {
  private final DataDir data;
  private final SimilarCasePort similar;
  private final org.xiezhi.models.predict.ServedModels served;
  private final ModelInfo embedder;
  private volatile PredictionPort delegate;

  /**
   * {@code served} is the data root's served models, shared with the advisor (serving none yet
   * while the registry is empty); {@code embedder} may be null (no embedding model served).
   */
  public ServedPredictions(DataDir data, org.xiezhi.models.predict.ServedModels served, SimilarCasePort similar,
      org.xiezhi.inference.TextEmbedder embedder) {
    this.data = data;
    this.similar = similar;
    this.served = served;
    this.embedder = embedder == null ? null : new ModelInfo(embedder.modelId().split("@")[0],
        embedder.modelId().contains("@") ? embedder.modelId().split("@")[1] : "", "text embedder",
        java.util.Map.of("dimension", embedder.dimension()));
    this.delegate = served.loaded() ? new RegistryPredictions(served, similar)
        : new Unavailable("models", "no trained models at " + data.models() + ": build them with ./xiezhi setup"
            + " (or xiezhi models train --data-dir " + data + ")");
  }

  @Override
  public Prediction predict(String facts) {
    return delegate.predict(facts);
  }

  @Override
  public List<ModelInfo> models() {
    List<ModelInfo> out = new java.util.ArrayList<>(delegate.models());
    if (embedder != null) {
      out.add(embedder);
    }
    return out;
  }

  @Override
  public Optional<ModelInfo> model(String id) {
    return embedder != null && embedder.id().equals(id) ? Optional.of(embedder) : delegate.model(id);
  }

  /** Loads the registry's models once it holds some (for the advisor too); reloads them after that. */
  @Override
  public synchronized void reload() {
    if (delegate instanceof RegistryPredictions) {
      delegate.reload();
      return;
    }
    if (data.hasModels()) {
      served.reload();
      delegate = new RegistryPredictions(served, similar);
    }
  }

  /** Stops serving the models (their sessions close when the last request on them ends). */
  @Override
  public void close() {
    served.close();
  }

  @Override
  public Switch switchModels(String version) {
    return delegate.switchModels(version);
  }

  @Override
  public Switch rollbackModels() {
    return delegate.rollbackModels();
  }

  @Override
  public String activeVersion() {
    return delegate.activeVersion();
  }
}
