package org.xiezhi.eval.lecard;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xiezhi.corpus.io.Json;

/**
 * The expected LeCaRD dev scores, declared as data ({@value #RESOURCE}): per method and protocol,
 * each metric's value, with one absolute tolerance. A score outside value ± tolerance, higher or
 * lower, is a violation: an improvement must be declared too.
 */
public final class ExpectedScores {
  public static final String RESOURCE = "/org/xiezhi/eval/lecard/expected-dev-scores.json";

  private final JsonNode root;
  private final double tolerance;

  private ExpectedScores(JsonNode root) {
    this.root = root;
    this.tolerance = root.path("tolerance").asDouble(-1);
    if (!(tolerance > 0)) {
      throw new IllegalStateException(RESOURCE + ": tolerance must be > 0");
    }
  }

  public static ExpectedScores load() throws IOException {
    try (InputStream in = ExpectedScores.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE);
      }
      return new ExpectedScores(Json.mapper().readTree(in));
    }
  }

  /** Parses expected scores from JSON text (the resource's format). */
  public static ExpectedScores parse(String json) throws IOException {
    return new ExpectedScores(Json.mapper().readTree(json));
  }

  public double tolerance() {
    return tolerance;
  }

  /** The declared value of {@code metric} for {@code method} under {@code protocol} (pool, judged, corpus). */
  public double value(String method, String protocol, String metric) {
    JsonNode v = root.path("methods").path(method).path(protocol).path(metric);
    if (!v.isNumber()) {
      throw new IllegalArgumentException("no expected " + metric + " for " + method + " " + protocol);
    }
    return v.asDouble();
  }

  /** Every mismatch, as a readable line; empty when all declared scores hold and all methods are declared. */
  public List<String> check(List<MethodScores> actual) {
    List<String> bad = new ArrayList<>();
    JsonNode methods = root.path("methods");
    for (MethodScores m : actual) {
      if (!methods.has(m.method())) {
        bad.add("method " + m.method() + " has no expected scores");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = methods.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      MethodScores m = actual.stream().filter(a -> a.method().equals(e.getKey())).findFirst().orElse(null);
      if (m == null) {
        bad.add("method " + e.getKey() + " was not run");
        continue;
      }
      for (String protocol : MethodScores.PROTOCOLS) {
        JsonNode p = e.getValue().path(protocol);
        Metrics got = m.protocol(protocol);
        if (got == null || p.isMissingNode()) {
          if (got != null) {
            bad.add(e.getKey() + " " + protocol + ": run but not declared");
          } else if (!p.isMissingNode()) {
            bad.add(e.getKey() + " " + protocol + ": declared but not run");
          }
          continue;
        }
        for (String metric : Metrics.NAMES) {
          if (!p.has(metric)) {
            bad.add(e.getKey() + " " + protocol + " " + metric + ": not declared");
            continue;
          }
          double want = p.get(metric).asDouble();
          double v = got.get(metric);
          if (Math.abs(v - want) > tolerance) {
            bad.add(String.format(Locale.ROOT, "%s %s %s: expected %.4f ± %.4f, got %.4f (%s)",
                e.getKey(), protocol, metric, want, tolerance, v, v > want ? "higher" : "lower"));
          }
        }
      }
    }
    return bad;
  }
}
