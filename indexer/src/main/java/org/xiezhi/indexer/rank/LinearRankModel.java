package org.xiezhi.indexer.rank;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.xiezhi.corpus.io.Json;

/**
 * A linear scoring function over {@link RankFeatures}: score = Σ weight × feature. The shipped weights
 * are data ({@value #RESOURCE}: one weight per feature name, with where they came from); the
 * evaluation trains them on the LeCaRD dev queries and writes the same format.
 */
public final class LinearRankModel {
  public static final String RESOURCE = "/org/xiezhi/indexer/rank/similar-ranker-weights.json";
  private static volatile LinearRankModel shipped;

  private final double[] weights;
  private final String provenance;

  public LinearRankModel(double[] weights, String provenance) {
    if (weights.length != RankFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + RankFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    for (double w : weights) {
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("weights must be finite: " + Arrays.toString(weights));
      }
    }
    this.weights = weights.clone();
    this.provenance = provenance == null ? "" : provenance;
  }

  /** The weights shipped with the product (read once). */
  public static LinearRankModel shipped() {
    LinearRankModel m = shipped;
    if (m == null) {
      try (InputStream in = LinearRankModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        m = parse(Json.mapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = m;
    }
    return m;
  }

  /** Reads {@code {"provenance": "...", "weights": {"bm25": 1.0, ...}}}; every feature must be named. */
  public static LinearRankModel parse(JsonNode root) {
    JsonNode w = root.path("weights");
    double[] out = new double[RankFeatures.NAMES.size()];
    for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int i = RankFeatures.NAMES.indexOf(e.getKey());
      if (i < 0 || !e.getValue().isNumber()) {
        throw new IllegalArgumentException("unknown feature or non-numeric weight: " + e.getKey());
      }
      out[i] = e.getValue().asDouble();
    }
    for (String n : RankFeatures.NAMES) {
      if (!w.has(n)) {
        throw new IllegalArgumentException("no weight for feature " + n);
      }
    }
    return new LinearRankModel(out, root.path("provenance").asText(""));
  }

  public double score(double[] features) {
    double s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i] * features[i];
    }
    return s;
  }

  /** The weight × feature part of feature {@code i}. */
  public double part(double[] features, int i) {
    return weights[i] * features[i];
  }

  public double[] weights() {
    return weights.clone();
  }

  public String provenance() {
    return provenance;
  }
}
