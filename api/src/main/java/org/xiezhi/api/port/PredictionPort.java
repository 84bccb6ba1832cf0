package org.xiezhi.api.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Charge, article and prison-term prediction, and the model registry (implemented by models). */
public interface PredictionPort {

  /** A label with its score in [0, 1]. */
  record Scored(String label, double score) {}

  /** Estimated principal term in months with a range; {@code type} as in {@code Sentence.TYPES}. */
  record Term(String type, Integer months, Integer lowMonths, Integer highMonths) {}

  /** One prediction with the model version that produced it and the evidence case ids. */
  record Prediction(List<Scored> charges, List<Scored> articles, Term term, String modelVersion, List<String> evidence) {}

  /** A registered model: id, version, kind, and its card's metadata. */
  record ModelInfo(String id, String version, String kind, Map<String, Object> metadata) {}

  Prediction predict(String facts);

  List<ModelInfo> models();

  Optional<ModelInfo> model(String id);

  /** Loads the current registry versions again (admin operation). */
  void reload();

  /** The outcome of a model switch: the version now served and the one served before. */
  record Switch(String active, String previous) {}

  /**
   * Loads {@code version} beside the models in use and swaps it in atomically (admin operation);
   * throws {@link IllegalArgumentException} when that version cannot be loaded (nothing changes
   * then) and {@link UnsupportedOperationException} when these predictions have no versions.
   */
  default Switch switchModels(String version) {
    throw new UnsupportedOperationException("these predictions do not come from the model registry");
  }

  /** Switches back to the version served before the last switch; {@link IllegalStateException} when none. */
  default Switch rollbackModels() {
    throw new UnsupportedOperationException("these predictions do not come from the model registry");
  }

  /** The model version served now, or null when predictions have no registry version. */
  default String activeVersion() {
    return null;
  }
}
