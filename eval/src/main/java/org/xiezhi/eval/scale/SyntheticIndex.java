package org.xiezhi.eval.scale;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.IndexedCases;

/**
 * Builds a synthetic scale index from a built one: every source case once as it is, then perturbed
 * copies ({@link FactsPerturbation}) until the index holds {@code cases} cases, spread evenly (case i
 * of n gets {@code cases / n} versions, the first {@code cases % n} one more). A copy keeps its
 * source's record but for its id ({@code <id>-s<j>}) and facts, and takes its source's stored facts
 * vector plus seeded Gaussian noise of L2 norm about {@code vectorNoise}, renormalised to unit length:
 * nothing is embedded. Statute articles are not copied. Commits every 10,000 cases (progress is
 * printed). Written into a temporary sibling folder and
 * moved into place when complete, so a failed build leaves nothing at {@code target}.
 */
public final class SyntheticIndex {
  /** What a build did. */
  public record Outcome(long sourceCases, long cases, long copies, long withVectors, int places, double seconds) {}

  private final Path source;
  private final long cases;
  private final long seed;
  private final double vectorNoise;
  private boolean copiesWithoutFullText;

  /** Copies leave out their full text (its bigram postings and doc values; similar cases never read it): a cheaper build. */
  public SyntheticIndex copiesWithoutFullText(boolean on) {
    this.copiesWithoutFullText = on;
    return this;
  }

  public SyntheticIndex(Path source, long cases, long seed, double vectorNoise) {
    if (cases < 1 || cases > 10_000_000) {
      throw new IllegalArgumentException("--cases must be in [1, 10000000], not " + cases);
    }
    if (!(vectorNoise >= 0 && vectorNoise <= 1)) {
      throw new IllegalArgumentException("--vector-noise must be in [0, 1], not " + vectorNoise);
    }
    this.source = source;
    this.cases = cases;
    this.seed = seed;
    this.vectorNoise = vectorNoise;
  }

  /** Builds the index into {@code target}, which must not exist yet (or be an empty folder). */
  public Outcome build(Path target, double ramBufferMb, PrintStream log) throws IOException {
    if (Files.exists(target) && !isEmptyDir(target)) {
      throw new IllegalArgumentException("--out " + target + " exists and is not empty: choose a new folder");
    }
    if (target.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("--out is the source index");
    }
    try {
      org.xiezhi.indexer.IndexMeta.read(source);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    long t0 = System.nanoTime();
    TreeSet<String> placeSet = new TreeSet<>();
    long n = IndexedCases.forEach(source, (r, v) -> placeSet.addAll(FactsPerturbation.places(r.facts())));
    if (n == 0) {
      throw new IllegalArgumentException("the index in " + source + " holds no cases");
    }
    List<String> places = new ArrayList<>(placeSet);
    FactsPerturbation perturbation = new FactsPerturbation(places);
    long base = cases / n;
    long extra = cases % n;
    log.printf(Locale.ROOT, "synthetic index: %d source cases, %d place words, %d versions each (%d with one more), "
        + "vector noise %.3f, seed %d, copies %s full text%n", n, places.size(), base, extra, vectorNoise, seed,
        copiesWithoutFullText ? "without" : "with");
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    deleteTree(partial);
    long[] count = new long[4];
    try (CaseIndex out = IndexedCases.createLike(source, partial, ramBufferMb)) {
      IndexedCases.forEach(source, (r, v) -> {
        long versions = base + (count[0] < extra ? 1 : 0);
        count[0]++;
        for (long j = 0; j < versions; j++) {
          CaseRecord copy = j == 0 ? r : copyOf(r, j, perturbation);
          float[] vec = v == null ? null : j == 0 ? v : noisy(v, mix(r.id(), j) ^ 0x5DEECE66DL);
          out.upsert(copy, vec);
          count[1]++;
          count[2] += j > 0 ? 1 : 0;
          count[3] += vec != null ? 1 : 0;
          if (count[1] % 10_000 == 0) {
            out.commit();
            log.printf(Locale.ROOT, "  %d cases written and committed, %.0f s%n", count[1], (System.nanoTime() - t0) / 1e9);
          }
        }
      });
      log.printf(Locale.ROOT, "  %d cases written, merging into one segment ...%n", count[1]);
      out.forceMerge();
      out.commit();
    } catch (IOException | RuntimeException e) {
      deleteTree(partial);
      throw e;
    }
    if (Files.exists(target)) {
      Files.delete(target);
    }
    Files.move(partial, target);
    return new Outcome(n, count[1], count[2], count[3], places.size(), (System.nanoTime() - t0) / 1e9);
  }

  /** Copy {@code j} (≥ 1) of {@code r}: its id suffixed, its facts perturbed; the rest as it is. */
  CaseRecord copyOf(CaseRecord r, long j, FactsPerturbation p) {
    return new CaseRecord(r.id() + "-s" + j, r.source(), r.title(), r.court(), r.region(), r.caseNumber(),
        r.documentType(), r.procedure(), r.date(), r.year(), p.perturb(r.facts(), mix(r.id(), j)), r.reasoning(),
        r.result(), copiesWithoutFullText ? null : r.fullText(), r.charges(), r.articles(), r.citations(), r.defendants(), r.missing());
  }

  /** {@code v} plus Gaussian noise of expected L2 norm {@code vectorNoise}, renormalised. */
  float[] noisy(float[] v, long s) {
    Random rnd = new Random(s);
    double sigma = vectorNoise / Math.sqrt(v.length);
    float[] out = new float[v.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] + sigma * rnd.nextGaussian());
      norm += out[i] * (double) out[i];
    }
    double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (out[i] * inv);
    }
    return out;
  }

  /** The seed of copy {@code j} of case {@code id}. */
  long mix(String id, long j) {
    long h = seed * 0x9E3779B97F4A7C15L + id.hashCode();
    return (h * 31 + j) * 0xBF58476D1CE4E5B9L;
  }

  private static boolean isEmptyDir(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
