package org.xiezhi.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xiezhi.inference.onnx.SessionSettings;
import org.xiezhi.inference.tokenizer.Encoding;
import org.xiezhi.inference.tokenizer.WordPieceTokenizer;

/**
 * The one embedder for ONNX text-embedding models, configured by the {@link EmbeddingManifest}
 * next to the model files: WordPiece tokenisation, batches of texts sorted by length with dynamic
 * padding, a pool of ONNX Runtime sessions, CLS (or mean) pooling and L2 normalisation. Vectors come
 * back in input order. Thread-safe; close it to free the native sessions.
 *
 * <pre>{@code
 * try (OnnxEmbedder e = OnnxEmbedder.openDefault()) {            // bge-small-zh-v1.5 int8
 *   float[] v = e.embed("被告人张某盗窃电动车一辆");
 * }
 * OnnxEmbedder.open(EmbedderOptions.defaults().withPrecision(Precision.FP32).withSessions(1));
 * }</pre>
 */
public final class OnnxEmbedder implements TextEmbedder {
  /** Classpath folder of the bundled manifests. */
  static final String MANIFESTS = "org/xiezhi/inference/models/";

  private final EmbeddingManifest manifest;
  private final WordPieceTokenizer tokenizer;
  private final EmbedderOptions options;
  private final int maxLength;
  private final int batchSize;
  private final Path modelFile;
  private final BatchRunner runner;
  private final BlockingQueue<OrtSession> idle;
  private final List<OrtSession> all;
  private final ExecutorService workers;
  private volatile boolean closed;

  private OnnxEmbedder(EmbeddingManifest manifest, Path dir, EmbedderOptions options) throws IOException, OrtException {
    this.manifest = manifest;
    this.options = options;
    if (options.maxLength() > manifest.maxLength()) {
      throw new IllegalArgumentException(
          "maxLength " + options.maxLength() + " exceeds the model's maximum " + manifest.maxLength());
    }
    this.maxLength = options.maxLength() == 0 ? manifest.maxLength() : options.maxLength();
    this.batchSize = options.batchSize() == 0 ? manifest.batchSize() : options.batchSize();
    this.tokenizer =
        WordPieceTokenizer.fromJson(dir.resolve(manifest.files().get("tokenizer").name()))
            .withLowercase(manifest.lowercase());
    Path model = dir.resolve(manifest.files().get("model").name());
    this.modelFile = model;
    this.all = new ArrayList<>();
    this.idle = new ArrayBlockingQueue<>(options.sessions());
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    boolean tokenTypes;
    try (OrtSession.SessionOptions so = new SessionSettings(options.intraOpThreads(), true).toOptions()) {
      for (int i = 0; i < options.sessions(); i++) {
        OrtSession s = env.createSession(model.toString(), so);
        all.add(s);
        idle.add(s);
      }
      OrtSession first = all.get(0);
      for (String in : new String[] {manifest.inputs().inputIds(), manifest.inputs().attentionMask()}) {
        if (!first.getInputNames().contains(in)) {
          throw new IllegalArgumentException("model " + manifest.modelId() + " has no input " + in + ": " + first.getInputNames());
        }
      }
      if (!first.getOutputNames().contains(manifest.output())) {
        throw new IllegalArgumentException("model " + manifest.modelId() + " has no output " + manifest.output());
      }
      String tt = manifest.inputs().tokenTypeIds();
      tokenTypes = tt != null && first.getInputNames().contains(tt);
    } catch (OrtException | RuntimeException e) {
      closeSessions();
      throw e;
    }
    this.runner = new BatchRunner(manifest, tokenTypes);
    AtomicInteger n = new AtomicInteger();
    this.workers =
        options.sessions() == 1
            ? null
            : Executors.newFixedThreadPool(
                options.sessions(),
                r -> {
                  Thread t = new Thread(r, "embedder-" + n.incrementAndGet());
                  t.setDaemon(true);
                  return t;
                });
  }

  /** bge-small-zh-v1.5 int8 with the default options. */
  public static OnnxEmbedder openDefault() {
    return open(EmbedderOptions.defaults());
  }

  /** The bundled bge-small-zh-v1.5 model in the options' precision. */
  public static OnnxEmbedder open(EmbedderOptions options) {
    String name = "bge-small-zh-v1.5-" + options.precision().name().toLowerCase(Locale.ROOT);
    String resource = MANIFESTS + name + "/manifest.json";
    byte[] json;
    try (InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled manifest not found: " + resource);
      }
      json = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EmbeddingManifest manifest = parse(json, resource);
    Path dir = ModelFiles.materialise(manifest, json, options.cacheDir());
    return create(manifest, dir, options);
  }

  /** A model folder holding {@code manifest.json} and the files it names (verified before use). */
  public static OnnxEmbedder open(Path modelDir, EmbedderOptions options) {
    Path file = modelDir.resolve("manifest.json");
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    EmbeddingManifest manifest = parse(json, file.toString());
    ModelFiles.verify(manifest, modelDir);
    return create(manifest, modelDir, options);
  }

  private static EmbeddingManifest parse(byte[] json, String where) {
    try {
      return EmbeddingManifest.read(new java.io.ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot parse manifest " + where + ": " + e.getMessage(), e);
    }
  }

  private static OnnxEmbedder create(EmbeddingManifest manifest, Path dir, EmbedderOptions options) {
    try {
      return new OnnxEmbedder(manifest, dir, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open model " + manifest.modelId() + ": " + e.getMessage(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot open model " + manifest.modelId() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String modelId() {
    return manifest.modelId();
  }

  @Override
  public int dimension() {
    return manifest.dimension();
  }

  /** The manifest the model was loaded with. */
  public EmbeddingManifest manifest() {
    return manifest;
  }

  /** The options in force. */
  public EmbedderOptions options() {
    return options;
  }

  /** Tokens per text, [CLS] and [SEP] included; longer texts are cut (use tokenizer().chunks). */
  public int maxLength() {
    return maxLength;
  }

  /** The verified ONNX file the sessions run (for baselines and diagnostics). */
  public Path modelFile() {
    return modelFile;
  }

  /** Texts per model run in force. */
  public int batchSize() {
    return batchSize;
  }

  /** The model's tokenizer, for counting tokens and cutting long texts into chunks. */
  public WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    Encoding[] enc = new Encoding[texts.size()];
    for (int i = 0; i < enc.length; i++) {
      String t = texts.get(i);
      if (t == null) {
        throw new IllegalArgumentException("text " + i + " is null");
      }
      enc[i] = tokenizer.encode(t, maxLength);
    }
    return embedEncodings(Arrays.asList(enc));
  }

  /**
   * Vectors of texts already tokenised by {@link #tokenizer()} (each at most {@link #maxLength()}
   * tokens), in input order.
   */
  public List<float[]> embedEncodings(List<Encoding> encodings) {
    if (closed) {
      throw new IllegalStateException("embedder " + modelId() + " is closed");
    }
    int n = encodings.size();
    Encoding[] enc = encodings.toArray(new Encoding[0]);
    for (int i = 0; i < n; i++) {
      if (enc[i].length() > maxLength) {
        throw new IllegalArgumentException(
            "encoding " + i + " has " + enc[i].length() + " tokens, more than maxLength " + maxLength);
      }
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, Comparator.comparingInt((Integer i) -> enc[i].length()).reversed());
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    float[][] out = new float[n][];
    int batch = batchSize;
    int batches = (n + batch - 1) / batch;
    if (workers == null || batches <= 1) {
      for (int from = 0; from < n; from += batch) {
        runBatch(enc, order, from, Math.min(n, from + batch), out);
      }
    } else {
      List<Future<?>> futures = new ArrayList<>(batches);
      for (int from = 0; from < n; from += batch) {
        int f = from;
        int t = Math.min(n, from + batch);
        futures.add(workers.submit(() -> runBatch(enc, order, f, t, out)));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException(c);
        }
      }
    }
    return Arrays.asList(out);
  }

  private void runBatch(Encoding[] enc, int[] order, int from, int to, float[][] out) {
    OrtSession s;
    try {
      s = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a session", e);
    }
    try {
      runner.run(s, enc, order, from, to, out);
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed (" + modelId() + "): " + e.getMessage(), e);
    } finally {
      idle.add(s);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (workers != null) {
      workers.shutdown();
      try {
        workers.awaitTermination(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (int i = 0; i < all.size(); i++) {
      try {
        idle.poll(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    closeSessions();
  }

  private void closeSessions() {
    for (OrtSession s : all) {
      try {
        s.close();
      } catch (OrtException e) {
        // nothing more can be done for a session that fails to close
      }
    }
    all.clear();
  }
}
