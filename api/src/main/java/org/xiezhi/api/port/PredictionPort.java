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
}
