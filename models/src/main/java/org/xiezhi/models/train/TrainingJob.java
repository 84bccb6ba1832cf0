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
import org.xiezhi.models.data.ChargeNames;
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
      Path registryDir, Path cailDir, Path lecardDir, Path casesFile, Path criminalLawMd, String version) {
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
      List<LabelledFact> cases = CaseRecordTrainingSet.read(s.casesFile(), names, new HashSet<>(law));
      sources.add("cases.jsonl (corpus ingest): " + cases.size() + " cases with a CAIL charge");
      log.println("train: cases.jsonl " + cases.size() + " examples with a CAIL charge");
      train.addAll(cases);
    } else if (s.lecardDir() != null) {
      LecardTrainingSet.Outcome o = LecardTrainingSet.read(s.lecardDir(), new JudgmentLabels(names, new HashSet<>(law)));
      sources.add("LeCaRD candidates: " + o.examples().size() + " of " + o.judgments() + " judgments labelled from their result");
      log.printf(Locale.ROOT, "train: LeCaRD %d judgments: %d examples, %d without a CAIL charge, %d unreadable%n",
          o.judgments(), o.examples().size(), o.unlabelled(), o.rejected());
      train.addAll(o.examples());
    }
    List<LabelledFact> pseudo = List.of();
    if (s.criminalLawMd() != null) {
      pseudo = PseudoExamples.of(accu, StatuteTexts.read(s.criminalLawMd()), law);
      sources.add("statute pseudo examples: " + pseudo.size() + " (charge names, article texts)");
      log.println("train: pseudo examples " + pseudo.size());
    }
    ModelBuilder.Built b =
        ModelBuilder.build(
            ModelRegistry.open(s.registryDir()), s.version(), train, pseudo, accu, law, cfg, sources, Map.of());
    log.printf(Locale.ROOT, "train: %d examples, trained in %.1f s, exported and checked in %.1f s, parity max diff %s%n",
        train.size(), b.trainSeconds(), b.exportSeconds(), b.parity());
    return b;
  }
}
