package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.corpus.data.DataDir;

/**
 * Predictions of a data root whose registry held no model when the service started: 503 naming
 * the command that trains them until a reload (the admin endpoint, or the demo once its
 * background training is done) finds models, then the registry's predictions.
 */
public final class PendingPredictions implements PredictionPort {
  private final DataDir data;
  private final SimilarCasePort similar;
  private volatile PredictionPort delegate;

  public PendingPredictions(DataDir data, SimilarCasePort similar) {
    this.data = data;
    this.similar = similar;
    this.delegate = new Unavailable("models", "no trained models at " + data.models() + ": build them with ./xiezhi setup"
        + " (or xiezhi models train --data-dir " + data + ")");
  }

  @Override
  public Prediction predict(String facts) {
    return delegate.predict(facts);
  }

  @Override
  public List<ModelInfo> models() {
    return delegate.models();
  }

  @Override
  public Optional<ModelInfo> model(String id) {
    return delegate.model(id);
  }

  /** Opens the registry's models once it holds some; reloads them after that. */
  @Override
  public synchronized void reload() {
    if (delegate instanceof RegistryPredictions) {
      delegate.reload();
      return;
    }
    if (data.hasModels()) {
      try {
        delegate = new RegistryPredictions(data.models(), similar);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the models in " + data.models() + ": " + e.getMessage(), e);
      }
    }
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
