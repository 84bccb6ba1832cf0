package org.xiezhi.indexer.rank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.io.Json;

/**
 * The similar-case ranker's scoring function over {@link RankFeatures}: a linear part (Σ weight ×
 * feature) plus a sum of regression trees (none for a purely linear model). The shipped model is data
 * ({@value #RESOURCE}: one weight per feature name, the trees, and where they came from); the
 * evaluation trains it on the LeCaRD dev queries and writes the same format. Every score splits into
 * one part per feature ({@link #part}), which the reasons of a ranked case are read from.
 */
public final class RankModel {
  public static final String RESOURCE = "/org/xiezhi/indexer/rank/similar-ranker-weights.json";
  private static volatile RankModel shipped;

  private final double[] weights;
  private final List<RegressionTree> trees;
  private final String provenance;
  private volatile String version;

  /** A linear model. */
  public RankModel(double[] weights, String provenance) {
    this(weights, List.of(), provenance);
  }

  /** The linear part {@code weights} plus the sum of {@code trees}. */
  public RankModel(double[] weights, List<RegressionTree> trees, String provenance) {
    if (weights.length != RankFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + RankFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    for (double w : weights) {
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("weights must be finite: " + Arrays.toString(weights));
      }
    }
    this.weights = weights.clone();
    this.trees = List.copyOf(trees);
    this.provenance = provenance == null ? "" : provenance;
  }

  /** The weights shipped with the product (read once). */
  public static RankModel shipped() {
    RankModel m = shipped;
    if (m == null) {
      try (InputStream in = RankModel.class.getResourceAsStream(RESOURCE)) {
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

  /**
   * Reads {@code {"provenance": "...", "weights": {"bm25": 1.0, ...}, "trees": [...]}}: every feature
   * must be named; "trees" (the format of {@link RegressionTree#toJson()}) may be left out.
   */
  public static RankModel parse(JsonNode root) {
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
    List<RegressionTree> trees = new ArrayList<>();
    JsonNode t = root.path("trees");
    if (!t.isMissingNode() && !t.isArray()) {
      throw new IllegalArgumentException("\"trees\" must be an array");
    }
    for (JsonNode tree : t) {
      trees.add(RegressionTree.parse(tree));
    }
    return new RankModel(out, trees, root.path("provenance").asText(""));
  }

  /** The format {@link #parse} reads. */
  public ObjectNode toJson() {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("provenance", provenance);
    ObjectNode w = root.putObject("weights");
    for (int i = 0; i < weights.length; i++) {
      w.put(RankFeatures.NAMES.get(i), weights[i]);
    }
    ArrayNode t = root.putArray("trees");
    trees.forEach(tree -> t.add(tree.toJson()));
    return root;
  }

  public double score(double[] features) {
    double s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i] * features[i];
    }
    for (RegressionTree t : trees) {
      s += t.score(features);
    }
    return s;
  }

  /**
   * Each feature's part of {@link #score}: its weight × value plus what the trees' splits on it added
   * on the path {@code features} takes. The score is the sum of the parts plus the trees' biases.
   */
  public double[] parts(double[] features) {
    double[] out = new double[weights.length];
    for (RegressionTree t : trees) {
      t.addParts(features, out);
    }
    for (int i = 0; i < weights.length; i++) {
      out[i] += weights[i] * features[i];
    }
    return out;
  }

  /**
   * The model's identity: the first 12 hex digits of the SHA-256 of its JSON form ({@link #toJson()}),
   * so two models with the same weights and trees have the same version whatever their file says.
   */
  public String version() {
    String v = version;
    if (v == null) {
      try {
        byte[] d = java.security.MessageDigest.getInstance("SHA-256")
            .digest(toJson().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        v = java.util.HexFormat.of().formatHex(d).substring(0, 12);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      version = v;
    }
    return v;
  }

  /** The trees (empty for a linear model). */
  public List<RegressionTree> trees() {
    return trees;
  }

  public double[] weights() {
    return weights.clone();
  }

  public String provenance() {
    return provenance;
  }
}
