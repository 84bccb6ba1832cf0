package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiezhi.advisor.adapters.RegistryJudgmentModel;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.models.predict.ServedModels;
import org.xiezhi.models.registry.ModelManifest;

/**
 * Predictions from the trained models in the registry (charges, articles, term through ONNX
 * Runtime), with the nearest similar cases as evidence. The models come from one
 * {@link ServedModels}, shared with the advisor: a switch or rollback here changes what both
 * serve, each request holds a lease on the models it started with, and no request fails during a
 * switch.
 */
public final class RegistryPredictions implements PredictionPort {
  private final ServedModels served;
  private final SimilarCasePort similar;

  /** Predicts with {@code served}, which the caller shares (with the advisor) and closes. */
  public RegistryPredictions(ServedModels served, SimilarCasePort similar) {
    this.served = served;
    this.similar = similar;
  }

  @Override
  public Prediction predict(String facts) {
    var p = served.with(m -> m.predictor().predict(facts));
    List<Scored> charges = new ArrayList<>();
    p.chargeScores().forEach((k, v) -> charges.add(new Scored(ChargeNames.withZui(k), v)));
    List<Scored> articles = new ArrayList<>();
    p.articleScores().forEach((k, v) -> articles.add(new Scored(RegistryJudgmentModel.label(k), v)));
    Term term = p.death() ? new Term("death", null, null, null)
        : p.life() ? new Term("life", null, null, null)
        : new Term("imprisonment", p.termMonths(), (int) Math.floor(p.termMonths() * 0.8), (int) Math.ceil(p.termMonths() * 1.2));
    List<String> evidence = new ArrayList<>();
    if (similar != null) {
      List<String> decided = p.charges().stream().map(ChargeNames::withZui).toList();
      similar.similar(facts, decided, 5).cases().forEach(s -> evidence.add(s.id()));
    }
    return new Prediction(charges, articles, term, p.model(), evidence);
  }

  @Override
  public List<ModelInfo> models() {
    return served.with(m -> m.manifests().stream().map(RegistryPredictions::info).toList());
  }

  @Override
  public Optional<ModelInfo> model(String id) {
    return models().stream().filter(m -> m.id().equals(id) || (m.id() + "@" + m.version()).equals(id)).findFirst();
  }

  /** Loads the registry's pinned (else latest) versions again and swaps them in. */
  @Override
  public void reload() {
    served.reload();
  }

  @Override
  public Switch switchModels(String version) {
    try {
      ServedModels.Switch s = served.activate(version);
      return new Switch(s.active(), s.previous());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot switch to version " + version + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Switch rollbackModels() {
    try {
      ServedModels.Switch s = served.rollback();
      return new Switch(s.active(), s.previous());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String activeVersion() {
    return served.activeVersion();
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
}
