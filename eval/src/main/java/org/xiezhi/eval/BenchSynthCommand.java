package org.xiezhi.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.xiezhi.eval.scale.SyntheticIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi bench synth}: builds a synthetic scale index (say 100k cases) from a built one, for
 * {@code bench search --index-dir} to measure how search cost grows with the corpus. Every source case
 * once, then perturbed copies (sentences shuffled, amounts and weights scaled, place words swapped;
 * see {@link org.xiezhi.eval.scale.FactsPerturbation}) with the source's stored vector plus seeded
 * noise, so nothing is embedded.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = "Build a synthetic scale index of perturbed copies of a built index's cases.")
public final class BenchSynthCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.xiezhi.api.extension.DataDirOptions data = new org.xiezhi.api.extension.DataDirOptions();
  @Option(names = "--out", required = true, description = "folder of the synthetic index (must not exist or be empty)") Path out;
  @Option(names = "--cases", description = "cases in the synthetic index (default: ${DEFAULT-VALUE})") long cases = 100_000;
  @Option(names = "--seed", description = "seed of the perturbations and the vector noise (default: ${DEFAULT-VALUE})") long seed = 20210711L;
  @Option(names = "--vector-noise", description = "L2 norm of the Gaussian noise added to a copy's unit vector (default: ${DEFAULT-VALUE})") double noise = 0.1;
  @Option(names = "--copies-without-full-text", description = "copies leave out the judgment's full text (similar cases never read it; a cheaper build)") boolean noFullText;
  @Option(names = "--ram-buffer-mb", description = "indexing RAM buffer (default: ${DEFAULT-VALUE})") double ramBufferMb = 1024;

  @Override
  public Integer call() throws Exception {
    Path source;
    try {
      source = data.index();
    } catch (RuntimeException e) {
      System.err.println("bench synth: " + e.getMessage());
      return 2;
    }
    if (ramBufferMb < 16 || ramBufferMb > 2000) {
      System.err.println("bench synth: --ram-buffer-mb must be in [16, 2000]");
      return 2;
    }
    SyntheticIndex.Outcome o;
    try {
      o = new SyntheticIndex(source, cases, seed, noise).copiesWithoutFullText(noFullText).build(out, ramBufferMb, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("bench synth: " + e.getMessage());
      return 2;
    }
    System.out.printf(Locale.ROOT, "synthetic index %s: %d cases (%d sources, %d perturbed copies, %d with vectors),"
            + " %d place words, %.1f s, %.0f MB on disk%n",
        out, o.cases(), o.sourceCases(), o.copies(), o.withVectors(), o.places(), o.seconds(), size(out) / 1e6);
    return 0;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
