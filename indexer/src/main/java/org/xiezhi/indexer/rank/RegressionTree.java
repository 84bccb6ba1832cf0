package org.xiezhi.indexer.rank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.xiezhi.corpus.io.Json;

/**
 * One binary regression tree over {@link RankFeatures} vectors: node {@code i} either splits on
 * feature {@code feature[i]} ({@code x <= threshold[i]} goes to {@code left[i]}, else {@code right[i]})
 * or is a leaf ({@code feature[i] = -1}). Every node keeps the value a prediction would take if it
 * stopped there, so a score splits exactly into a bias (the root's value) plus one part per feature
 * (the value gained at each split on it): the reasons of a ranked case follow its score.
 */
public final class RegressionTree {
  private final int[] feature;
  private final double[] threshold;
  private final int[] left;
  private final int[] right;
  private final double[] value;

  public RegressionTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    int n = feature.length;
    if (n == 0 || threshold.length != n || left.length != n || right.length != n || value.length != n) {
      throw new IllegalArgumentException("a tree needs at least one node and five arrays of equal length");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(value[i])) {
        throw new IllegalArgumentException("node " + i + " has a value that is not finite");
      }
      if (feature[i] >= 0) {
        if (feature[i] >= RankFeatures.NAMES.size() || !Double.isFinite(threshold[i])
            || left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n) {
          throw new IllegalArgumentException("node " + i + " is not a valid split");
        }
      } else if (feature[i] != -1) {
        throw new IllegalArgumentException("node " + i + " has feature " + feature[i]);
      }
    }
    this.feature = feature.clone();
    this.threshold = threshold.clone();
    this.left = left.clone();
    this.right = right.clone();
    this.value = value.clone();
  }

  /** The leaf value for {@code x}. */
  public double score(double[] x) {
    int i = 0;
    while (feature[i] >= 0) {
      i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
    }
    return value[i];
  }

  /** Adds each feature's part of {@code score(x)} to {@code parts}; returns the bias (the root's value). */
  public double addParts(double[] x, double[] parts) {
    int i = 0;
    while (feature[i] >= 0) {
      int next = x[feature[i]] <= threshold[i] ? left[i] : right[i];
      parts[feature[i]] += value[next] - value[i];
      i = next;
    }
    return value[0];
  }

  public int size() {
    return feature.length;
  }

  /** {@code {"nodes": [{"feature": name, "threshold": t, "left": i, "right": j, "value": v} | {"value": v}, …]}}. */
  public ObjectNode toJson() {
    ObjectNode out = Json.mapper().createObjectNode();
    ArrayNode nodes = out.putArray("nodes");
    for (int i = 0; i < feature.length; i++) {
      ObjectNode n = nodes.addObject();
      if (feature[i] >= 0) {
        n.put("feature", RankFeatures.NAMES.get(feature[i]));
        n.put("threshold", threshold[i]);
        n.put("left", left[i]);
        n.put("right", right[i]);
      }
      n.put("value", value[i]);
    }
    return out;
  }

  /** Reads the format of {@link #toJson()}; a feature must be one of {@link RankFeatures#NAMES}. */
  public static RegressionTree parse(JsonNode tree) {
    JsonNode nodes = tree.path("nodes");
    if (!nodes.isArray() || nodes.isEmpty()) {
      throw new IllegalArgumentException("a tree needs a non-empty array \"nodes\"");
    }
    int n = nodes.size();
    int[] f = new int[n];
    double[] t = new double[n];
    int[] l = new int[n];
    int[] r = new int[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      JsonNode node = nodes.get(i);
      if (!node.path("value").isNumber()) {
        throw new IllegalArgumentException("node " + i + " has no numeric value");
      }
      v[i] = node.get("value").asDouble();
      if (node.has("feature")) {
        f[i] = RankFeatures.NAMES.indexOf(node.get("feature").asText());
        if (f[i] < 0) {
          throw new IllegalArgumentException("node " + i + " splits on unknown feature " + node.get("feature").asText());
        }
        if (!node.path("threshold").isNumber() || !node.path("left").isInt() || !node.path("right").isInt()) {
          throw new IllegalArgumentException("split node " + i + " needs a numeric threshold and integer left, right");
        }
        t[i] = node.get("threshold").asDouble();
        l[i] = node.get("left").asInt();
        r[i] = node.get("right").asInt();
      } else {
        f[i] = -1;
      }
    }
    return new RegressionTree(f, t, l, r, v);
  }

  @Override
  public String toString() {
    return "RegressionTree" + Arrays.toString(feature);
  }
}
