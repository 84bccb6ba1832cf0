package org.xiezhi.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.corpus.data.StepFingerprint;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.models.registry.ModelManifest;
import org.xiezhi.models.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi setup}: builds the full knowledge base under the data root from the public data:
 * ingest (parse and mask the LeCaRD judgments, read the laws), index with vectors from the
 * ingested records, and the judgment models trained on CAIL2018 with the LeCaRD judgments and the
 * statutes and interpretations. Each step is skipped when the fingerprint of its inputs is the one
 * recorded after its last success, and resumes where a killed run stopped.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
    description = "Build the full knowledge base (ingest, index with vectors, models) under the data root.")
public final class SetupCommand implements Callable<Integer> {
  @Option(names = "--data-dir", description = "data root (default: ${DEFAULT-VALUE})") Path dataDir = DataDir.DEFAULT;
  @Option(names = "--laws", description = "laws folder (default: <public data>/laws)") Path laws;
  @Option(names = "--lecard", description = "LeCaRD folder with candidates.tar.xz (default: <public data>/lecard)") Path lecard;
  @Option(names = "--cail", description = "CAIL2018 folder with sample_train.json (default: <public data>/cail2018)") Path cail;
  @Option(names = "--embedder", description = "int8, fp32 or none (default: ${DEFAULT-VALUE})") String embedder = "int8";
  @Option(names = "--force", description = "run every step even when its inputs are unchanged") boolean force;
  @Mixin MaskingOption masking = new MaskingOption();

  /** One step of the build: its name, inputs, settings, fingerprint file and the command it runs. */
  record Step(String name, List<Path> inputs, List<String> command, Path fingerprintFile) {}

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    DataDir d = DataDir.of(dataDir);
    Path lawsDir = folder(laws, "laws", "--laws");
    Path lecardDir = folder(lecard, "lecard", "--lecard");
    Path cailDir = folder(cail, "cail2018", "--cail");
    Path criminalLaw = lawsDir.resolve("刑法").resolve("刑法.md");
    require(lecardDir.resolve("candidates.tar.xz"), "--lecard");
    require(cailDir.resolve("sample_train.json"), "--cail");
    require(criminalLaw, "--laws");
    System.out.printf("setup: data root %s; laws %s, lecard %s, cail %s, embedder %s, masking %s%n", d, lawsDir, lecardDir, cailDir,
        embedder, masking.policy().label());
    List<String> ingest = new ArrayList<>(List.of("corpus", "ingest", "--source", "lecard=" + lecardDir, "--source", "laws=" + lawsDir));
    if (masking.policy() != org.xiezhi.corpus.mask.MaskingPolicy.DEFAULT) {
      // only a policy other than the default is named, so a data root ingested before the setting keeps its fingerprint
      ingest.addAll(List.of("--masking", masking.policy().label()));
    }
    ingest.addAll(List.of("--out", d.corpus().toString()));
    List<Step> steps = List.of(
        new Step("ingest", List.of(lecardDir.resolve("candidates.tar.xz"), lecardDir.resolve("criminal_charges.txt"), lawsDir),
            ingest,
            d.corpus().resolve("setup.fingerprint")),
        new Step("index", List.of(d.cases(), d.statutes(), d.corpus().resolve("charges.jsonl")),
            List.of("index", "--data-dir", d.toString(), "--embedder", embedder),
            d.index().resolve("setup.fingerprint")),
        new Step("models", List.of(cailDir, lecardDir.resolve("candidates.tar.xz"), lawsDir),
            List.of("models", "train", "--data-dir", d.toString(), "--cail", cailDir.toString(), "--lecard", lecardDir.toString(),
                "--statutes", criminalLaw.toString()),
            d.models().resolve("setup.fingerprint")));
    int n = 0;
    List<String> summary = new ArrayList<>();
    for (Step s : steps) {
      n++;
      long t = System.nanoTime();
      String settings = String.join(" ", s.command());
      String fp = StepFingerprint.of(settings, s.inputs());
      if (!force && StepFingerprint.matches(s.fingerprintFile(), fp)) {
        String line = String.format(Locale.ROOT, "setup [%d/%d] %s: skipped, inputs unchanged (%s)", n, steps.size(), s.name(),
            fp.substring(0, 12));
        System.out.println(line);
        summary.add(line);
        continue;
      }
      System.out.printf(Locale.ROOT, "setup [%d/%d] %s: xiezhi %s%n", n, steps.size(), s.name(), settings);
      List<String> args = new ArrayList<>(s.command());
      if (s.name().equals("models")) {
        args.addAll(List.of("--version", nextVersion(d)));
      }
      int rc = XiezhiCli.commandLine().execute(args.toArray(String[]::new));
      if (rc != 0) {
        System.err.printf(Locale.ROOT, "setup [%d/%d] %s failed (exit %d); run 'xiezhi setup' again to resume%n", n, steps.size(),
            s.name(), rc);
        return rc;
      }
      StepFingerprint.write(s.fingerprintFile(), fp);
      String line = String.format(Locale.ROOT, "setup [%d/%d] %s: done in %.1f s", n, steps.size(), s.name(), (System.nanoTime() - t) / 1e9);
      System.out.println(line);
      summary.add(line);
    }
    System.out.println("setup: totals");
    summary.forEach(l -> System.out.println("  " + l));
    System.out.printf(Locale.ROOT, "  corpus: %d cases, %d statute articles (%s)%n", lines(d.cases()), lines(d.statutes()), d.corpus());
    System.out.printf(Locale.ROOT, "  index: %s, %.0f MB%n", d.index(), size(d.index()) / 1e6);
    for (ModelManifest m : ModelRegistry.open(d.models()).list()) {
      System.out.printf(Locale.ROOT, "  model: %s %s%n", m.ref(), m.metrics());
    }
    System.out.printf(Locale.ROOT, "setup: knowledge base ready in %.1f s; try ./xiezhi search 盗窃, ./xiezhi serve%n",
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  /** The next numeric model version (1 on an empty registry). */
  static String nextVersion(DataDir d) throws IOException {
    int max = 0;
    for (ModelManifest m : ModelRegistry.open(d.models()).list()) {
      if (m.version().matches("[0-9]{1,6}")) {
        max = Math.max(max, Integer.parseInt(m.version()));
      }
    }
    return Integer.toString(max + 1);
  }

  private static Path folder(Path given, String shared, String option) {
    if (given != null) {
      if (!Files.isDirectory(given)) {
        throw new IllegalArgumentException(option + " " + given + " is not a folder");
      }
      return given;
    }
    try {
      return SharedData.dataDir().resolve(shared);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage() + "; or give " + option + " DIR", e);
    }
  }

  private static void require(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(option + ": " + file + " not found");
    }
  }

  private static long lines(Path p) throws IOException {
    try (var s = Files.lines(p)) {
      return s.count();
    }
  }

  private static long size(Path p) throws IOException {
    try (var s = Files.walk(p)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
