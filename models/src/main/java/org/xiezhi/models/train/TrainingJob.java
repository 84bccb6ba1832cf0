package org.xiezhi.models.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xiezhi.models.data.CailSample;
import org.xiezhi.models.data.CaseRecordTrainingSet;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.models.data.ChargeStatutes;
import org.xiezhi.models.data.JudgmentLabels;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.data.LecardTrainingSet;
import org.xiezhi.models.data.PseudoExamples;
import org.xiezhi.models.data.StatuteTexts;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * The one way the judgment models are built from the public data: CAIL2018 sample_train, plus
 * LeCaRD judgments (raw candidates, or a {@code cases.jsonl} from {@code corpus ingest}), plus
 * optional statute pseudo examples. Prints its effective settings and counts.
 */
public final class TrainingJob {
  /**
   * Settings. {@code cailDir} is required; {@code lecardDir}, {@code casesFile} and
   * {@code criminalLawMd} may be null.
   */
  public record Settings(
      Path registryDir, Path cailDir, Path lecardDir, Path casesFile, Path criminalLawMd, String version,
      boolean includeEvaluationSplit) {
    /** Without the CAIL2018 evaluation split (the default). */
    public Settings(Path registryDir, Path cailDir, Path lecardDir, Path casesFile, Path criminalLawMd, String version) {
      this(registryDir, cailDir, lecardDir, casesFile, criminalLawMd, version, false);
    }

    public Settings {
      if (cailDir == null || !Files.isRegularFile(cailDir.resolve("sample_train.json"))) {
        throw new IllegalArgumentException("--cail must be a folder holding sample_train.json: " + cailDir);
      }
      if (lecardDir != null && !Files.isRegularFile(lecardDir.resolve("candidates.tar.xz"))
          && !Files.isDirectory(lecardDir.resolve("candidates"))) {
        throw new IllegalArgumentException("--lecard must hold candidates.tar.xz: " + lecardDir);
      }
      if (casesFile != null && !Files.isRegularFile(casesFile)) {
        throw new IllegalArgumentException("--cases file not found: " + casesFile);
      }
      if (criminalLawMd != null && !Files.isRegularFile(criminalLawMd)) {
        throw new IllegalArgumentException("statute file not found: " + criminalLawMd);
      }
      if (version == null || !version.matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException("version must match [A-Za-z0-9._-]+: " + version);
      }
    }
  }

  private TrainingJob() {}

  /** Scores the latest models on CAIL sample_test and writes the figures into their manifests and cards. */
  static void recordMetrics(ModelRegistry reg, Path cailDir, PrintStream log) throws IOException {
    List<org.xiezhi.models.eval.CailEvaluation.Result> rs;
    try (org.xiezhi.models.predict.JudgmentModels jm = org.xiezhi.models.predict.JudgmentModels.open(reg)) {
      rs = org.xiezhi.models.eval.CailBenchmark.run(jm.predictor(), cailDir);
      var r = rs.get(0);
      Map<String, Map<String, Double>> byModel = Map.of(
          org.xiezhi.models.registry.ModelIds.CHARGES,
          Map.of("cail2018.sample_test.score", r.charges().score(), "cail2018.sample_test.microF1", r.charges().micro(),
              "cail2018.sample_test.macroF1", r.charges().macro()),
          org.xiezhi.models.registry.ModelIds.ARTICLES,
          Map.of("cail2018.sample_test.score", r.articles().score(), "cail2018.sample_test.microF1", r.articles().micro(),
              "cail2018.sample_test.macroF1", r.articles().macro()),
          org.xiezhi.models.registry.ModelIds.TERM,
          Map.of("cail2018.sample_test.termScore", r.term()));
      for (var m : jm.manifests()) {
        var n = reg.withMetrics(m, byModel.get(m.id()));
        Files.writeString(reg.dir(n.id(), n.version()).resolve("MODEL_CARD.md"), ModelCard.render(n),
            java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    log.print(org.xiezhi.models.eval.CailBenchmark.markdown(rs));
  }

  public static ModelBuilder.Built run(Settings s, ModelTrainer.Config cfg, PrintStream log) throws IOException {
    log.printf(Locale.ROOT, "train: registry %s, cail %s, lecard %s, cases %s, statutes %s, version %s, %s%n",
        s.registryDir(), s.cailDir(), s.lecardDir(), s.casesFile(), s.criminalLawMd(), s.version(), cfg);
    List<String> accu = CailSample.labels(s.cailDir().resolve("accu.txt"));
    List<Integer> law = CailSample.labels(s.cailDir().resolve("law.txt")).stream().map(Integer::valueOf).toList();
    ChargeNames names = new ChargeNames(accu);
    List<LabelledFact> train = new ArrayList<>(CailSample.read(s.cailDir().resolve("sample_train.json")));
    List<String> sources = new ArrayList<>();
    sources.add("CAIL2018 sample_train.json: " + train.size() + " cases");
    log.println("train: CAIL sample_train " + train.size() + " examples");
    if (s.casesFile() != null) {
      CaseRecordTrainingSet.Outcome o =
          CaseRecordTrainingSet.read(s.casesFile(), names, new HashSet<>(law), s.includeEvaluationSplit());
      List<LabelledFact> cases = o.examples();
      sources.add("cases.jsonl (corpus ingest): " + cases.size() + " cases with a CAIL charge"
          + (s.includeEvaluationSplit() ? ", the CAIL2018 evaluation split (cail-test-*) included"
              : ", " + o.evaluationLeftOut() + " CAIL2018 evaluation records (cail-test-*) left out"));
      log.println("train: cases.jsonl " + cases.size() + " examples with a CAIL charge; "
          + (s.includeEvaluationSplit() ? "evaluation split (cail-test-*) INCLUDED: eval cail will refuse these models"
              : o.evaluationLeftOut() + " evaluation records (cail-test-*) left out"));
      train.addAll(cases);
    } else if (s.lecardDir() != null) {
      LecardTrainingSet.Outcome o = LecardTrainingSet.read(s.lecardDir(), new JudgmentLabels(names, new HashSet<>(law)));
      sources.add("LeCaRD candidates: " + o.examples().size() + " of " + o.judgments() + " judgments labelled from their result");
      log.printf(Locale.ROOT, "train: LeCaRD %d judgments: %d examples, %d without a CAIL charge, %d unreadable%n",
          o.judgments(), o.examples().size(), o.unlabelled(), o.rejected());
      train.addAll(o.examples());
    }
    List<LabelledFact> pseudo = List.of();
    ChargeStatutes statutes = null;
    if (s.criminalLawMd() != null) {
      pseudo = PseudoExamples.of(accu, StatuteTexts.read(s.criminalLawMd()), law);
      sources.add("statute pseudo examples: " + pseudo.size() + " (charge names, article texts)");
      log.println("train: pseudo examples " + pseudo.size());
      Path lawsDir = s.criminalLawMd().toAbsolutePath().getParent().getParent();
      if (lawsDir != null && Files.isDirectory(lawsDir.resolve("司法解释"))) {
        long t0 = System.nanoTime();
        statutes = ChargeStatutes.read(lawsDir, s.cailDir().resolve("accu.txt"), accu);
        sources.add("charge catalogue and statutes: " + accu.size() + " charge descriptions, "
            + statutes.unmatched().size() + " labels not in the catalogue (names only)");
        log.printf(Locale.ROOT, "train: charge catalogue read in %.1f s: %d labels, %d not in the catalogue %s; weights names %s, conduct %s%n",
            (System.nanoTime() - t0) / 1e9, accu.size(), statutes.unmatched().size(), statutes.unmatched(),
            cfg.catalogueNames(), cfg.catalogueConduct());
      } else {
        log.println("train: no 司法解释 folder beside the Criminal Law, no charge catalogue rows");
      }
    }
    ModelBuilder.Built b =
        ModelBuilder.build(
            ModelRegistry.open(s.registryDir()), s.version(), train, pseudo, accu, law, cfg, sources, Map.of(), statutes,
            s.includeEvaluationSplit());
    log.printf(Locale.ROOT, "train: %d examples, trained in %.1f s, exported and checked in %.1f s, parity max diff %s%n",
        train.size(), b.trainSeconds(), b.exportSeconds(), b.parity());
    Path test = s.cailDir().resolve("sample_test.json");
    if (s.includeEvaluationSplit()) {
      log.println("train: trained on the evaluation split, no sample_test figures recorded");
    } else if (Files.isRegularFile(test)) {
      recordMetrics(ModelRegistry.open(s.registryDir()), s.cailDir(), log);
    }
    return b;
  }
}
