package org.xiezhi.models.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.inference.classify.OnnxSparseClassifier;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.registry.ModelIds;
import org.xiezhi.models.registry.ModelManifest;
import org.xiezhi.models.registry.ModelRegistry;
import org.xiezhi.models.train.ModelBuilder;

/**
 * The charge, article and term classifiers loaded from a registry (files verified) and served
 * through ONNX Runtime, wrapped as a {@link JudgmentPredictor}. Close it to free the sessions.
 */
public final class JudgmentModels implements AutoCloseable {
  /**
   * How predictions cite the charge catalogue behind the charge model, followed by {@code @} and
   * the first 12 hex digits of the sha256 of its charge descriptions.
   */
  public static final String CATALOGUE = "catalogue";

  private final List<OnnxSparseClassifier> sessions = new ArrayList<>();
  private final JudgmentPredictor predictor;
  private final List<ModelManifest> manifests;

  private JudgmentModels(ModelRegistry registry, String version) throws IOException {
    String at = version == null ? "" : "@" + version;
    ModelManifest c = registry.find(ModelIds.CHARGES + at);
    ModelManifest a = registry.find(ModelIds.ARTICLES + at);
    ModelManifest t = registry.find(ModelIds.TERM + at);
    manifests = List.of(c, a, t);
    for (ModelManifest m : manifests) {
      if (m.input().dimension() != c.input().dimension() || m.input().maxN() != c.input().maxN()
          || m.input().maxChars() != c.input().maxChars()) {
        throw new IOException(m.ref() + " has an input contract different from " + c.ref());
      }
    }
    try {
      OnnxSparseClassifier cs = load(registry, c);
      OnnxSparseClassifier as = load(registry, a);
      OnnxSparseClassifier ts = load(registry, t);
      List<Integer> articles = a.labels().stream().map(Integer::valueOf).toList();
      float ratio = ((Number) ((Map<?, ?>) c.decision()).get("ratio")).floatValue();
      Map<String, Integer> chargeArticles = new HashMap<>();
      String model = c.ref() + "+" + a.ref() + "+" + t.ref();
      if (a.files().stream().anyMatch(f -> f.name().equals(ModelBuilder.CHARGE_ARTICLES))) {
        Path f = registry.verifiedFile(a, ModelBuilder.CHARGE_ARTICLES);
        Json.mapper().readTree(f.toFile()).fields().forEachRemaining(e -> chargeArticles.put(e.getKey(), e.getValue().asInt()));
      }
      Map<String, Integer> chargeRanges = new HashMap<>();
      if (t.files().stream().anyMatch(f -> f.name().equals(ModelBuilder.CHARGE_RANGES))) {
        Path f = registry.verifiedFile(t, ModelBuilder.CHARGE_RANGES);
        Json.mapper().readTree(f.toFile()).fields().forEachRemaining(e -> chargeRanges.put(e.getKey(), e.getValue().asInt()));
      }
      var statutes = c.files().stream().filter(f -> f.name().equals(ModelBuilder.CHARGE_STATUTES)).findFirst();
      if (statutes.isPresent()) {
        registry.verifiedFile(c, ModelBuilder.CHARGE_STATUTES);
        model += "+" + CATALOGUE + "@" + statutes.get().sha256().substring(0, 12);
      }
      predictor =
          new JudgmentPredictor(
              new Featurizer(c.input().dimension(), c.input().maxN(), c.input().maxChars()),
              c.labels(),
              articles,
              x -> cs.scores(x.ids(), x.values()),
              x -> as.scores(x.ids(), x.values()),
              x -> ts.scores(x.ids(), x.values()),
              ratio,
              model,
              chargeArticles,
              chargeRanges);
    } catch (RuntimeException | IOException e) {
      close();
      throw e;
    }
  }

  /** Loads the latest version of each judgment model from {@code registry}. */
  public static JudgmentModels open(ModelRegistry registry) throws IOException {
    return new JudgmentModels(registry, null);
  }

  /** Loads {@code version} of each judgment model (files verified); fails when one is missing. */
  public static JudgmentModels open(ModelRegistry registry, String version) throws IOException {
    if (version == null) {
      throw new IllegalArgumentException("version is required");
    }
    return new JudgmentModels(registry, version);
  }

  /** Loads the version pinned in the registry ({@link ModelRegistry#active()}), else the latest. */
  public static JudgmentModels openActive(ModelRegistry registry) throws IOException {
    return new JudgmentModels(registry, registry.active().version());
  }

  /** The version shared by the three models, or null when they differ. */
  public String version() {
    String v = manifests.get(0).version();
    return manifests.stream().allMatch(m -> m.version().equals(v)) ? v : null;
  }

  private OnnxSparseClassifier load(ModelRegistry r, ModelManifest m) throws IOException {
    OnnxSparseClassifier s = new OnnxSparseClassifier(r.verifiedFile(m, ModelIds.ONNX_FILE));
    sessions.add(s);
    return s;
  }

  public JudgmentPredictor predictor() {
    return predictor;
  }

  /** The manifests of the charge, article and term models, in that order. */
  public List<ModelManifest> manifests() {
    return manifests;
  }

  @Override
  public void close() {
    for (OnnxSparseClassifier s : sessions) {
      s.close();
    }
    sessions.clear();
  }
}
