package org.xiezhi.models.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.models.data.ChargeStatutes;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;

/** Trains the charge, article and term classifiers from labelled facts. */
public final class ModelTrainer {
  /**
   * Every setting that shapes the trained weights, each chosen by a measurement recorded in
   * docs/models.md; the values are written into every manifest and model card.
   *
   * @param dimension hashed feature space
   * @param maxN longest character n-gram
   * @param term the term model's SGD settings
   * @param ratio the charge and article decision: labels scoring at least {@code ratio × best}
   * @param catalogueNames weight of each charge's names row (with a catalogue)
   * @param catalogueConduct weight of each charge's 罪状 row (with a catalogue)
   * @param termRanges whether the term model gets the {@code R:} signals (with a catalogue)
   * @param featureWeights the shared feature weights on the charge centroids (null: none)
   */
  public record Config(
      int dimension,
      int maxN,
      LinearTrainer.Settings term,
      float ratio,
      float catalogueNames,
      float catalogueConduct,
      boolean termRanges,
      FeatureWeights.Settings featureWeights) {
    /** The settings chosen by measurement on CAIL sample_train and LeCaRD (see docs/models.md). */
    public static Config defaults() {
      return new Config(
          1 << 16,
          3,
          new LinearTrainer.Settings(6, 0.3, 0.7, 1.0, 20260102L),
          RATIO,
          CATALOGUE_NAMES,
          CATALOGUE_CONDUCT,
          TERM_RANGES,
          FEATURE_WEIGHTS);
    }
  }

  /**
   * Best label only (and labels tying with it): on a held-out fifth of sample_train 0.9 ×, 0.95 ×
   * and 1.0 × the best scored charges 0.7794 / 0.8410 / 0.8577.
   */
  static final float RATIO = 1.0f;

  /**
   * Weights of the catalogue rows added to the charge centroids (charge names; 罪状 of the defining
   * provisions), chosen on the mean of three training-side measures: leave-charges-out
   * cross-validation on sample_train + LeCaRD with the held-out charges absent and rare, and the
   * held-out fifth of sample_train (mean 0.6315 against 0.5870 for the centroids alone; docs/models.md).
   */
  static final float CATALOGUE_NAMES = 1.5f;

  static final float CATALOGUE_CONDUCT = 0.25f;

  /**
   * Whether the term model gets, with a catalogue, the {@code R:} signal of each charge (upper bound
   * of its base statutory tier): term 0.4930 with it, 0.4874 without, on leave-charges-out
   * cross-validation (docs/models.md).
   */
  static final boolean TERM_RANGES = true;

  /**
   * The shared feature weights that sharpen the charge centroids against their neighbours (with
   * the catalogue only; null: none), chosen on the same three training-side measures as the
   * catalogue weights and two neighbour-aware ones (mean of the five 0.5971 against 0.5932; docs/models.md).
   */
  static final FeatureWeights.Settings FEATURE_WEIGHTS = new FeatureWeights.Settings(3, 4f, 20f, 0.001f, 0.5f, 5, 31L);

  /** The three trained models with their label lists. */
  public record Trained(
      Config config,
      Featurizer featurizer,
      List<String> chargeLabels,
      List<Integer> articleLabels,
      HashedLinearModel charges,
      HashedLinearModel articles,
      HashedLinearModel term) {}

  private ModelTrainer() {}

  /**
   * Trains on {@code data}; {@code pseudo} examples (charge names, statute texts) join the charge
   * and article centroids only, never the term model.
   */
  public static Trained train(
      List<LabelledFact> data,
      List<LabelledFact> pseudo,
      List<String> chargeLabels,
      List<Integer> articleLabels,
      Config cfg) {
    return train(data, pseudo, chargeLabels, articleLabels, cfg, null);
  }

  /**
   * As {@link #train(List, List, List, List, Config)}; when {@code statutes} is given, the charge
   * centroids get the catalogue rows of each charge (names and 罪状) with the configured weights.
   */
  public static Trained train(
      List<LabelledFact> data,
      List<LabelledFact> pseudo,
      List<String> chargeLabels,
      List<Integer> articleLabels,
      Config cfg,
      ChargeStatutes statutes) {
    Featurizer fz = new Featurizer(cfg.dimension(), cfg.maxN());
    Map<String, Integer> ci = index(chargeLabels);
    Map<Integer, Integer> ai = index(articleLabels);
    List<HashedFeatures> xs = new ArrayList<>(data.size());
    List<HashedFeatures> xt = new ArrayList<>(data.size());
    List<int[]> yc = new ArrayList<>();
    List<int[]> ya = new ArrayList<>();
    List<int[]> yt = new ArrayList<>();
    for (LabelledFact f : data) {
      HashedFeatures x = fz.fact(f.fact());
      xs.add(x);
      yc.add(f.charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray());
      ya.add(f.articles().stream().filter(ai::containsKey).mapToInt(ai::get).toArray());
      xt.add(fz.term(f.fact(), f.charges(), f.articles(),
          statutes != null && cfg.termRanges() ? statutes.rangeSignals(f.charges()) : List.of()));
      yt.add(new int[] {TermScale.classOf(f.termMonths(), f.death(), f.life())});
    }
    List<HashedFeatures> xp = new ArrayList<>(xs);
    List<int[]> ycp = new ArrayList<>(yc);
    List<int[]> yap = new ArrayList<>(ya);
    for (LabelledFact f : pseudo) {
      xp.add(fz.fact(f.fact()));
      ycp.add(f.charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray());
      yap.add(f.articles().stream().filter(ai::containsKey).mapToInt(ai::get).toArray());
    }
    int d = cfg.dimension();
    HashedLinearModel cm = CentroidTrainer.train(xp, ycp, d, chargeLabels.size());
    HashedLinearModel centroidOnly = cm;
    if (statutes != null) {
      List<String> names = chargeLabels.stream().map(l -> statutes.get(l).names()).toList();
      List<String> conduct = chargeLabels.stream().map(l -> statutes.get(l).conduct()).toList();
      cm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(names, fz, cm.idf()), cfg.catalogueNames());
      cm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(conduct, fz, cm.idf()), cfg.catalogueConduct());
      if (cfg.featureWeights() != null) {
        float[] g = FeatureWeights.learn(cm, centroidOnly, xp, ycp, xs, yc, cfg.featureWeights());
        cm = FeatureWeights.apply(cm, centroidOnly, g);
      }
    }
    HashedLinearModel am = CentroidTrainer.train(xp, yap, d, articleLabels.size());
    HashedLinearModel tm =
        LinearTrainer.train(xt, yt, d, TermScale.classes(), Activation.SOFTMAX, cfg.term());
    return new Trained(cfg, fz, chargeLabels, articleLabels, cm, am, tm);
  }

  private static <T> Map<T, Integer> index(List<T> labels) {
    Map<T, Integer> m = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      m.put(labels.get(i), i);
    }
    return m;
  }
}
