package org.xiezhi.inference;

import ai.onnxruntime.OrtException;
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
  private final SessionPool sessions;
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
    this.sessions = new SessionPool(manifest, model, options);
    this.runner = new BatchRunner(manifest, sessions.tokenTypes());
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
    List<Runnable> batches = new ArrayList<>();
    for (int from = 0; from < n; from += batchSize) {
      int f = from;
      int t = Math.min(n, from + batchSize);
      batches.add(() -> sessions.run(modelId(), s -> runner.run(s, enc, order, f, t, out)));
    }
    sessions.runAll(batches);
    return Arrays.asList(out);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    sessions.close();
  }
}
