package org.xiezhi.api.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.api.port.SimilarCasePort.Similar;
import org.xiezhi.inference.TextEmbedder;

/**
 * Predicts charges, articles and term from the nearest cases (similarity-weighted votes, weighted
 * median of terms). The service's baseline until the trained classifiers of the model registry
 * are wired in; its answers name it as their model version.
 */
public final class NeighbourPredictor implements PredictionPort {
  /** The version string every answer of this predictor carries. */
  public static final String VERSION = "knn-bigram-baseline@0.1";
  private static final int K = 7;
  private final SimilarCasePort similar;
  private final TextEmbedder embedder;

  public NeighbourPredictor(SimilarCasePort similar, TextEmbedder embedder) {
    this.similar = similar;
    this.embedder = embedder;
  }

  /** The {@code k} nearest cases, as the evidence of a prediction. */
  List<Similar> neighbours(String facts) {
    return similar.similar(facts, K);
  }

  @Override
  public Prediction predict(String facts) {
    List<Similar> nn = neighbours(facts);
    Map<String, Double> charges = new LinkedHashMap<>();
    Map<String, Double> articles = new LinkedHashMap<>();
    double total = 0;
    for (Similar s : nn) {
      double w = Math.max(1e-6, s.score());
      total += w;
      s.charges().forEach(c -> charges.merge(c, w, Double::sum));
      s.articles().forEach(a -> articles.merge(a, w, Double::sum));
    }
    List<Scored> cs = ranked(charges, total);
    List<Scored> as = ranked(articles, total);
    Term term = null;
    if (!cs.isEmpty()) {
      String top = cs.get(0).label();
      List<double[]> pts = new ArrayList<>();
      for (Similar s : nn) {
        if (s.charges().contains(top) && s.termMonths() != null) {
          pts.add(new double[] {s.termMonths(), Math.max(1e-6, s.score())});
        }
      }
      if (!pts.isEmpty()) {
        term = new Term("imprisonment", (int) Math.round(quantile(pts, 0.5)), (int) Math.round(quantile(pts, 0.25)),
            (int) Math.round(quantile(pts, 0.75)));
      }
    }
    return new Prediction(cs, as, term, VERSION, nn.stream().map(Similar::id).toList());
  }

  private static List<Scored> ranked(Map<String, Double> votes, double total) {
    return votes.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Scored(e.getKey(), Math.round(e.getValue() / total * 1000) / 1000.0))
        .toList();
  }

  /** Weighted quantile of {value, weight} pairs. */
  static double quantile(List<double[]> points, double q) {
    List<double[]> p = new ArrayList<>(points);
    p.sort(Comparator.comparingDouble(a -> a[0]));
    double total = p.stream().mapToDouble(a -> a[1]).sum();
    double acc = 0;
    for (double[] a : p) {
      acc += a[1];
      if (acc >= q * total) {
        return a[0];
      }
    }
    return p.get(p.size() - 1)[0];
  }

  @Override
  public List<ModelInfo> models() {
    List<ModelInfo> out = new ArrayList<>();
    out.add(new ModelInfo("knn-bigram-baseline", "0.1", "nearest-neighbour predictor",
        Map.of("labels", "charges, articles, term", "k", K, "evidence", "similar cases returned with every answer")));
    if (embedder != null) {
      out.add(new ModelInfo(embedder.modelId().split("@")[0], embedder.modelId().contains("@") ? embedder.modelId().split("@")[1] : "",
          "text embedder", Map.of("dimension", embedder.dimension())));
    }
    return out;
  }

  @Override
  public Optional<ModelInfo> model(String id) {
    return models().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Override
  public void reload() {
    // nothing to reload: the predictor reads the case base, which reloads itself
  }
}
