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
  /** Every setting that shapes the trained weights. */
  public record Config(
      int dimension,
      int maxN,
      LinearTrainer.Settings multiLabel,
      LinearTrainer.Settings term,
      float ratio,
      boolean centroid,
      boolean termFromJudgments,
      float catalogueNames,
      float catalogueConduct,
      float catalogueBackoff,
      boolean termRanges,
      FeatureWeights.Settings featureWeights,
      float calibrationGamma) {
    /**
     * Without catalogue weights (as before they existed): {@code catalogueNames} and
     * {@code catalogueConduct} are 0.
     */
    public Config(int dimension, int maxN, LinearTrainer.Settings multiLabel, LinearTrainer.Settings term,
        float ratio, boolean centroid, boolean termFromJudgments) {
      this(dimension, maxN, multiLabel, term, ratio, centroid, termFromJudgments, 0f, 0f, 0f, false, null, 0f);
    }

    /** The settings chosen by measurement on CAIL sample_train and LeCaRD (see docs/models.md). */
    public static Config defaults() {
      return new Config(
          1 << 16,
          3,
          new LinearTrainer.Settings(6, 0.5, 0.7, 2.0, 20260101L),
          new LinearTrainer.Settings(6, 0.3, 0.7, 1.0, 20260102L),
          1.0f,
          true,
          TERM_FROM_JUDGMENTS,
          CATALOGUE_NAMES,
          CATALOGUE_CONDUCT,
          CATALOGUE_BACKOFF,
          TERM_RANGES,
          FEATURE_WEIGHTS,
          CALIBRATION_GAMMA);
    }
  }

  /**
   * Weights of the catalogue rows added to the charge centroids (charge names; 罪状 of the defining
   * provisions), chosen on the mean of three training-side measures: leave-charges-out
   * cross-validation on sample_train + LeCaRD with the held-out charges absent and rare
   * ({@code LeaveChargesOutExperiment}), and the held-out fifth of sample_train
   * ({@code HoldoutGridExperiment}); docs/models.md.
   */
  static final float CATALOGUE_NAMES = 1.5f;

  static final float CATALOGUE_CONDUCT = 0.25f;

  /**
   * With {@code k > 0} a charge with {@code n} training cases gets its catalogue rows at
   * {@code k / (k + n)} of the weights (0: full weight for every charge).
   */
  static final float CATALOGUE_BACKOFF = 0f;

  /**
   * Whether the term model gets, with a catalogue, the {@code R:} signal of each charge (upper bound
   * of its base statutory tier), measured with {@code LeaveChargesOutTermExperiment}.
   */
  static final boolean TERM_RANGES = true;

  /**
   * The shared feature weights that sharpen the charge centroids against their neighbours (with
   * the catalogue only; null: none), chosen on the same three training-side measures as the
   * catalogue weights and two neighbour-aware ones ({@code FeatureWeightExperiment}; docs/models.md).
   */
  static final FeatureWeights.Settings FEATURE_WEIGHTS = new FeatureWeights.Settings(3, 4f, 20f, 0.001f, 0.5f, 5, 31L);

  /**
   * With the catalogue, each charge's scores are divided by σ^γ, σ the deviation of its score over
   * 1,000 seeded training facts ({@link ScoreCalibration}); 0: off. Measured on the training side
   * only (γ 0.15 after the feature weights: mean of the five measures 0.6075 against 0.5971 without
   * it, held out −0.003; docs/models.md) and not yet scored on sample_test, so it stays off.
   */
  static final float CALIBRATION_GAMMA = 0f;

  /** Whether the term model also learns from judgment examples (ids not starting with {@code sample_}). */
  static final boolean TERM_FROM_JUDGMENTS = true;

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
      if (cfg.termFromJudgments() || f.id().startsWith("sample_")) {
        xt.add(fz.term(f.fact(), f.charges(), f.articles(),
            statutes != null && cfg.termRanges() ? statutes.rangeSignals(f.charges()) : List.of()));
        yt.add(new int[] {TermScale.classOf(f.termMonths(), f.death(), f.life())});
      }
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
    HashedLinearModel cm;
    HashedLinearModel am;
    if (cfg.centroid()) {
      cm = CentroidTrainer.train(xp, ycp, d, chargeLabels.size());
      HashedLinearModel centroidOnly = cm;
      if (statutes != null) {
        List<String> names = chargeLabels.stream().map(l -> statutes.get(l).names()).toList();
        List<String> conduct = chargeLabels.stream().map(l -> statutes.get(l).conduct()).toList();
        int[] examples = new int[chargeLabels.size()];
        for (int[] y : yc) {
          for (int l : y) {
            examples[l]++;
          }
        }
        float b = cfg.catalogueBackoff();
        cm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(names, fz, cm.idf()),
            CatalogueCentroids.backoff(cfg.catalogueNames(), b, examples));
        cm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(conduct, fz, cm.idf()),
            CatalogueCentroids.backoff(cfg.catalogueConduct(), b, examples));
        if (cfg.featureWeights() != null) {
          float[] g = FeatureWeights.learn(cm, centroidOnly, xp, ycp, xs, yc, cfg.featureWeights());
          cm = FeatureWeights.apply(cm, centroidOnly, g);
        }
        cm = ScoreCalibration.scale(cm, xs, cfg.calibrationGamma(), 1000, 5L);
      }
      am = CentroidTrainer.train(xp, yap, d, articleLabels.size());
    } else {
      cm = LinearTrainer.train(xp, ycp, d, chargeLabels.size(), Activation.SIGMOID, cfg.multiLabel());
      am = LinearTrainer.train(xp, yap, d, articleLabels.size(), Activation.SIGMOID, cfg.multiLabel());
    }
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
