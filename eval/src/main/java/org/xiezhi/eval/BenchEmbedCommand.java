package org.xiezhi.eval;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.inference.EmbedderOptions;
import org.xiezhi.inference.EmbeddingManifest;
import org.xiezhi.inference.OnnxEmbedder;
import org.xiezhi.inference.Precision;
import org.xiezhi.inference.onnx.SessionSettings;
import org.xiezhi.inference.tokenizer.Encoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi bench embed}: the whole embedding pipeline (tokenise, batch, run, pool) against
 * bare ONNX Runtime on the same pre-tokenised, pre-padded batches, in one process, rounds
 * interleaved; prints tokens per second of both and their ratio for each precision.
 */
@Command(name = "embed", mixinStandardHelpOptions = true, description = "Benchmark the embedding pipeline against bare ONNX Runtime.")
public final class BenchEmbedCommand implements Callable<Integer> {
  @Option(names = "--data", description = "public data folder (default: ../shared/data)")
  Path data;

  @Option(names = "--texts", defaultValue = "300", description = "LeCaRD fact descriptions (ajjbqk) to embed (default ${DEFAULT-VALUE})")
  int texts;

  @Option(names = "--precision", split = ",", defaultValue = "int8,fp32", description = "int8, fp32 or both (default ${DEFAULT-VALUE})")
  List<String> precisions;

  @Option(names = "--threads", defaultValue = "2", description = "intra-op threads of the one session each side uses (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--batch-size", defaultValue = "0", description = "texts per run; 0 = the model's default (int8 1, fp32 8)")
  int batchSize;

  @Option(names = "--max-length", defaultValue = "512", description = "tokens per text (default ${DEFAULT-VALUE})")
  int maxLength;

  @Option(names = "--rounds", defaultValue = "3", description = "timed rounds of each side, interleaved (default ${DEFAULT-VALUE})")
  int rounds;

  @Override
  public Integer call() throws Exception {
    if (texts < 1 || rounds < 1 || threads < 1) {
      System.err.println("bench embed: --texts, --rounds and --threads must be at least 1");
      return 2;
    }
    List<Precision> ps = new ArrayList<>();
    for (String p : precisions) {
      ps.add(Precision.parse(p));
    }
    Path dir = data != null ? data : SharedData.dataDir();
    List<String> facts = loadFacts(dir.resolve("lecard"), texts);
    System.out.printf(Locale.ROOT, "bench embed: %d LeCaRD facts (ajjbqk), threads=%d, batch-size=%s, max-length=%d, rounds=%d, java %s, %d cores%n",
        facts.size(), threads, batchSize == 0 ? "model" : batchSize, maxLength, rounds, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    boolean allOk = true;
    for (Precision p : ps) {
      allOk &= benchOne(p, facts);
    }
    return allOk ? 0 : 1;
  }

  private boolean benchOne(Precision precision, List<String> facts) throws OrtException {
    EmbedderOptions o = EmbedderOptions.defaults().withPrecision(precision).withSessions(1)
        .withIntraOpThreads(threads).withBatchSize(batchSize).withMaxLength(maxLength);
    try (OnnxEmbedder embedder = OnnxEmbedder.open(o)) {
      System.out.printf(Locale.ROOT, "%n%s (%s), batch size %d%n", embedder.modelId(), o.describe(), embedder.batchSize());
      List<Encoding> enc = new ArrayList<>();
      long t0 = System.nanoTime();
      for (String f : facts) {
        enc.add(embedder.tokenizer().encode(f, embedder.maxLength()));
      }
      double tokSec = (System.nanoTime() - t0) / 1e9;
      long tokens = enc.stream().mapToLong(Encoding::length).sum();
      System.out.printf(Locale.ROOT, "  %d tokens (%.0f per text); tokenizer alone: %.0f tokens/s%n",
          tokens, (double) tokens / facts.size(), tokens / tokSec);
      List<long[][]> batches = prepareBatches(enc, embedder.batchSize());
      try (OrtSession.SessionOptions so = new SessionSettings(threads, true).toOptions();
          OrtSession bare = OrtEnvironment.getEnvironment().createSession(embedder.modelFile().toString(), so)) {
        EmbeddingManifest m = embedder.manifest();
        // warm-up of both sides
        embedder.embed(facts.subList(0, Math.min(10, facts.size())));
        runBare(bare, m, batches.subList(0, Math.min(10, batches.size())));
        double[] pipe = new double[rounds];
        double[] base = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          long a = System.nanoTime();
          List<float[]> v = embedder.embed(facts);
          pipe[r] = tokens / ((System.nanoTime() - a) / 1e9);
          if (v.size() != facts.size()) {
            throw new IllegalStateException("pipeline returned " + v.size() + " vectors");
          }
          long b = System.nanoTime();
          runBare(bare, m, batches);
          base[r] = tokens / ((System.nanoTime() - b) / 1e9);
          System.out.printf(Locale.ROOT, "  round %d: pipeline %.0f tokens/s, bare ONNX Runtime %.0f tokens/s, ratio %.1f%%%n",
              r + 1, pipe[r], base[r], 100 * pipe[r] / base[r]);
        }
        double bp = Arrays.stream(pipe).max().orElse(0);
        double bb = Arrays.stream(base).max().orElse(0);
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          ratios[r] = pipe[r] / base[r];
        }
        Arrays.sort(ratios);
        double median = ratios[rounds / 2];
        double best = bp / bb;
        boolean ok = best >= 0.9;
        System.out.printf(Locale.ROOT,
            "  %s: best pipeline %.0f tokens/s, best bare %.0f tokens/s, ratio of bests %.1f%%, median round ratio %.1f%% (target >= 90%%: %s)%n",
            embedder.modelId(), bp, bb, 100 * best, 100 * median, ok ? "met" : "NOT met");
        return ok;
      }
    }
  }

  /** The pipeline's own batching (longest first, fixed batch size, padded to the longest) built ahead. */
  private static List<long[][]> prepareBatches(List<Encoding> enc, int batchSize) {
    Integer[] order = new Integer[enc.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> enc.get(i).length()).reversed());
    List<long[][]> out = new ArrayList<>();
    for (int from = 0; from < order.length; from += batchSize) {
      int to = Math.min(order.length, from + batchSize);
      int len = enc.get(order[from]).length();
      int b = to - from;
      long[] ids = new long[b * len];
      long[] mask = new long[b * len];
      for (int r = 0; r < b; r++) {
        int[] t = enc.get(order[from + r]).ids();
        for (int j = 0; j < t.length; j++) {
          ids[r * len + j] = t[j];
          mask[r * len + j] = 1;
        }
      }
      out.add(new long[][] {ids, mask, new long[b * len], {b, len}});
    }
    return out;
  }

  private static void runBare(OrtSession s, EmbeddingManifest m, List<long[][]> batches) throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    for (long[][] batch : batches) {
      long[] shape = batch[3];
      try (OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(batch[0]), shape);
          OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(batch[1]), shape);
          OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(batch[2]), shape)) {
        Map<String, OnnxTensor> feed = new HashMap<>();
        feed.put(m.inputs().inputIds(), ids);
        feed.put(m.inputs().attentionMask(), mask);
        feed.put(m.inputs().tokenTypeIds(), types);
        try (OrtSession.Result r = s.run(feed, java.util.Set.of(m.output()))) {
          if (r.size() == 0) {
            throw new IllegalStateException("no output");
          }
        }
      }
    }
  }

  private static List<String> loadFacts(Path lecard, int n) throws java.io.IOException {
    List<String> out = new ArrayList<>();
    final class Enough extends RuntimeException {
      Enough() {
        super(null, null, false, false);
      }
    }
    try {
      new LecardCandidates(lecard).forEach(new LecardCandidates.Sink() {
        @Override
        public void accept(RawJudgment j) {
          if (j.basicFacts() != null && !j.basicFacts().isBlank()) {
            out.add(j.basicFacts());
          }
          if (out.size() >= n) {
            throw new Enough();
          }
        }

        @Override
        public void reject(String docId, String reason) {
          System.err.println("bench embed: skipped unreadable judgment " + docId + ": " + reason);
        }
      });
    } catch (Enough e) {
      // enough texts
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no LeCaRD facts read from " + lecard);
    }
    return out;
  }
}
