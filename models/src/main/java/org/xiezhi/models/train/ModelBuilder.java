package org.xiezhi.models.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.models.data.ChargeStatutes;
import org.xiezhi.models.data.EvaluationSplit;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;
import org.xiezhi.models.registry.ModelIds;
import org.xiezhi.models.registry.ModelManifest;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * Trains the three judgment models, exports each to ONNX, passes it through the {@link ParityGate},
 * writes its manifest and model card and publishes it in the registry.
 */
public final class ModelBuilder {
  /** What was built: the manifests and the seconds each stage took. */
  public record Built(List<ModelManifest> manifests, double trainSeconds, double exportSeconds, List<Double> parity) {}

  /** The charge descriptions the catalogue rows were built from (in the charge model's folder). */
  public static final String CHARGE_STATUTES = "charge-statutes.json";

  /** Each charge label's defining article (in the article model's folder). */
  public static final String CHARGE_ARTICLES = "charge-articles.json";

  /** Each charge label's base-tier upper bound in months, for the term model's R: signals (in its folder). */
  public static final String CHARGE_RANGES = "charge-ranges.json";

  private ModelBuilder() {}

  /**
   * @param sources one line per training source, for the manifest and card
   * @param metrics evaluation figures to record (may be empty), keyed per model id
   */
  public static Built build(
      ModelRegistry registry,
      String version,
      List<LabelledFact> train,
      List<LabelledFact> pseudo,
      List<String> chargeLabels,
      List<Integer> articleLabels,
      ModelTrainer.Config cfg,
      List<String> sources,
      Map<String, Map<String, Double>> metrics)
      throws IOException {
    return build(registry, version, train, pseudo, chargeLabels, articleLabels, cfg, sources, metrics, null, false);
  }

  /**
   * As above; with {@code statutes} the charge model also carries the catalogue rows (its
   * descriptions are published beside it as {@value #CHARGE_STATUTES}) and the article model
   * names each charge's defining article ({@value #CHARGE_ARTICLES}), from which the served
   * predictor derives the articles of the predicted charges (may be null: none);
   * {@code includesEvaluationSplit} records in every manifest's {@code training} map
   * ({@value EvaluationSplit#MANIFEST_KEY}) that the CAIL2018 evaluation split was trained on, which
   * makes {@code eval cail} refuse the models.
   */
  public static Built build(
      ModelRegistry registry,
      String version,
      List<LabelledFact> train,
      List<LabelledFact> pseudo,
      List<String> chargeLabels,
      List<Integer> articleLabels,
      ModelTrainer.Config cfg,
      List<String> sources,
      Map<String, Map<String, Double>> metrics,
      ChargeStatutes statutes,
      boolean includesEvaluationSplit)
      throws IOException {
    long t0 = System.nanoTime();
    ModelTrainer.Trained t = ModelTrainer.train(train, pseudo, chargeLabels, articleLabels, cfg, statutes);
    double trainS = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    Featurizer fz = t.featurizer();
    boolean ranged = statutes != null && cfg.termRanges();
    List<HashedFeatures> probeFacts = new ArrayList<>();
    List<HashedFeatures> probeTerms = new ArrayList<>();
    for (int i = 0; i < train.size(); i += Math.max(1, train.size() / 100)) {
      LabelledFact f = train.get(i);
      probeFacts.add(fz.fact(f.fact()));
      probeTerms.add(fz.term(f.fact(), f.charges(), f.articles(), ranged ? statutes.rangeSignals(f.charges()) : List.of()));
    }
    List<String> articleNames = articleLabels.stream().map(String::valueOf).toList();
    List<String> termNames = new ArrayList<>();
    for (int c = 0; c < TermScale.classes(); c++) {
      termNames.add(TermScale.label(c));
    }
    List<ModelManifest> out = new ArrayList<>();
    List<Double> parity = new ArrayList<>();
    Map<String, Object> decision = Map.of("ratio", cfg.ratio());
    Map<String, Object> articleDecision = decision;
    Map<String, Object> statuteDescriptions = new LinkedHashMap<>();
    Map<String, Integer> chargeArticles = new LinkedHashMap<>();
    if (statutes != null) {
      for (String c : chargeLabels) {
        ChargeStatutes.Entry e = statutes.get(c);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("names", e.names());
        d.put("conduct", e.conduct());
        d.put("articles", e.articles());
        statuteDescriptions.put(c, d);
        e.articles().stream().filter(articleLabels::contains).findFirst().ifPresent(a -> chargeArticles.put(c, a));
      }
      articleDecision = Map.of("ratio", cfg.ratio(), "rule",
          "the defining article of each predicted charge (" + CHARGE_ARTICLES + "); this model's best where no charge has one");
    }
    Map<String, Object> termDecision = Map.of("rule", "class maximising the expected CAIL2018 term score");
    Object[][] specs = {
      {ModelIds.CHARGES, "multi-label charges", t.charges(), chargeLabels, probeFacts, List.of(), decision},
      {ModelIds.ARTICLES, "multi-label articles", t.articles(), articleNames, probeFacts, List.of(), articleDecision},
      {ModelIds.TERM, "prison term class (months, life, death)", t.term(), termNames, probeTerms,
        ranged
            ? List.of("amount and drug-weight buckets", "circumstance words", "C:<charge>", "A:<article>",
                "R:<upper bound in months of each charge's base statutory tier> (" + CHARGE_RANGES + ")")
            : List.of("amount and drug-weight buckets", "circumstance words", "C:<charge>", "A:<article>"),
        termDecision},
    };
    for (Object[] s : specs) {
      String id = (String) s[0];
      HashedLinearModel m = (HashedLinearModel) s[2];
      @SuppressWarnings("unchecked")
      List<String> labels = (List<String>) s[3];
      @SuppressWarnings("unchecked")
      List<HashedFeatures> probe = (List<HashedFeatures>) s[4];
      @SuppressWarnings("unchecked")
      List<String> signals = (List<String>) s[5];
      @SuppressWarnings("unchecked")
      Map<String, Object> dec = (Map<String, Object>) s[6];
      Path staged = Files.createTempDirectory(registry.root(), ".staging-" + id);
      Path onnx = staged.resolve(ModelIds.ONNX_FILE);
      org.xiezhi.models.onnx.SparseLinearOnnx.write(m, id, onnx);
      double diff = ParityGate.check(m, onnx, probe);
      parity.add(diff);
      List<ModelManifest.ModelFile> files = new ArrayList<>();
      files.add(ModelRegistry.describe(onnx));
      Map<String, Object> catalogue = null;
      if (statutes != null && id.equals(ModelIds.CHARGES)) {
        Path f = staged.resolve(CHARGE_STATUTES);
        Files.writeString(f, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(statuteDescriptions),
            StandardCharsets.UTF_8);
        files.add(ModelRegistry.describe(f));
        catalogue = new LinkedHashMap<>();
        catalogue.put("rows", "unit idf-weighted n-gram vectors of each charge's names and 罪状, added to its centroid");
        catalogue.put("namesWeight", cfg.catalogueNames());
        catalogue.put("conductWeight", cfg.catalogueConduct());
        catalogue.put("descriptions", CHARGE_STATUTES);
        if (cfg.featureWeights() != null) {
          catalogue.put("featureWeights", "centroid part of each row scaled per feature by weights shared across charges, "
              + "learned by a pairwise logistic loss against each fact's top-" + cfg.featureWeights().candidates()
              + " other charges: " + cfg.featureWeights());
        }
        catalogue.put("inputs", statutes.inputs());
      } else if (statutes != null && id.equals(ModelIds.ARTICLES)) {
        Path f = staged.resolve(CHARGE_ARTICLES);
        Files.writeString(f, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(chargeArticles),
            StandardCharsets.UTF_8);
        files.add(ModelRegistry.describe(f));
        catalogue = new LinkedHashMap<>();
        catalogue.put("chargeArticles", CHARGE_ARTICLES);
        catalogue.put("inputs", statutes.inputs());
      } else if (ranged && id.equals(ModelIds.TERM)) {
        Path f = staged.resolve(CHARGE_RANGES);
        Files.writeString(f, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(statutes.baseMaxMonths()),
            StandardCharsets.UTF_8);
        files.add(ModelRegistry.describe(f));
        catalogue = new LinkedHashMap<>();
        catalogue.put("chargeRanges", CHARGE_RANGES);
        catalogue.put("inputs", statutes.inputs());
      }
      Map<String, Object> training = new LinkedHashMap<>();
      training.put("learner", m.activation() == Activation.COSINE ? "idf-weighted nearest centroid" : "softmax regression, SGD");
      training.put("examples", train.size());
      training.put("pseudoExamples", m.activation() == Activation.COSINE ? pseudo.size() : 0);
      training.put("seed", cfg.term().seed());
      training.put("epochs", m.activation() == Activation.COSINE ? 1 : cfg.term().epochs());
      training.put("parityMaxAbsDiff", diff);
      training.put(EvaluationSplit.MANIFEST_KEY, includesEvaluationSplit);
      if (catalogue != null) {
        training.put("catalogue", catalogue);
      }
      ModelManifest mf =
          new ModelManifest(
              id,
              version,
              (String) s[1],
              files,
              labels,
              new ModelManifest.InputSpec(
                  "hashed char 1.." + cfg.maxN() + "-grams, digits folded, 1+ln(tf), L2",
                  cfg.dimension(),
                  cfg.maxN(),
                  Featurizer.MAX_CHARS,
                  signals,
                  m.activation().name().toLowerCase(Locale.ROOT)),
              dec,
              metrics.getOrDefault(id, Map.of()),
              sources,
              training,
              "weights trained here; training data: see trainingData (CAIL2018 sample: no licence stated; LeCaRD: MIT)");
      Files.writeString(staged.resolve("MODEL_CARD.md"), ModelCard.render(mf), StandardCharsets.UTF_8);
      registry.publish(mf, staged);
      out.add(mf);
    }
    return new Built(out, trainS, (System.nanoTime() - t0) / 1e9, parity);
  }
}
