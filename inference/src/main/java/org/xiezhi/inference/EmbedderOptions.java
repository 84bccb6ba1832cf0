package org.xiezhi.inference;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Settings of an {@link OnnxEmbedder}, validated at construction.
 *
 * @param precision int8 (default) or fp32 build of the bundled model
 * @param intraOpThreads ONNX Runtime threads inside one session (default 1)
 * @param sessions sessions run in parallel, each by its own worker (default: min(2, cores))
 * @param batchSize texts per model run; 0 (default) takes the manifest's batch size (int8: 1, fp32: 8).
 *     Texts are sorted by length and padded per batch. Above 1, int8 vectors depend slightly on
 *     their batch-mates (dynamic quantisation scales activations over the whole batch)
 * @param maxLength tokens per text, [CLS] and [SEP] included; 0 means the manifest's maximum
 * @param cacheDir where the bundled model files are copied to once
 */
public record EmbedderOptions(
    Precision precision, int intraOpThreads, int sessions, int batchSize, int maxLength, Path cacheDir) {

  public EmbedderOptions {
    if (precision == null) {
      throw new IllegalArgumentException("precision must be set");
    }
    check(intraOpThreads >= 1 && intraOpThreads <= 64, "intraOpThreads must be 1..64, got " + intraOpThreads);
    check(sessions >= 1 && sessions <= 64, "sessions must be 1..64, got " + sessions);
    check(batchSize >= 0 && batchSize <= 1024, "batchSize must be 0 (model default) or 1..1024, got " + batchSize);
    check(maxLength == 0 || maxLength >= 2, "maxLength must be 0 (model maximum) or >= 2, got " + maxLength);
    if (cacheDir == null) {
      throw new IllegalArgumentException("cacheDir must be set");
    }
  }

  /**
   * int8, 1 intra-op thread, min(2, cores) sessions, the model's batch size and maximum length, cache
   * in the system property {@code xiezhi.model.cache}, else {@code ~/.cache/xiezhi/models}.
   */
  public static EmbedderOptions defaults() {
    String cache = System.getProperty("xiezhi.model.cache");
    Path dir =
        cache != null && !cache.isBlank()
            ? Path.of(cache)
            : Path.of(System.getProperty("user.home"), ".cache", "xiezhi", "models");
    int sessions = Math.min(2, Runtime.getRuntime().availableProcessors());
    return new EmbedderOptions(Precision.INT8, 1, sessions, 0, 0, dir);
  }

  public EmbedderOptions withPrecision(Precision p) {
    return new EmbedderOptions(p, intraOpThreads, sessions, batchSize, maxLength, cacheDir);
  }

  public EmbedderOptions withIntraOpThreads(int n) {
    return new EmbedderOptions(precision, n, sessions, batchSize, maxLength, cacheDir);
  }

  public EmbedderOptions withSessions(int n) {
    return new EmbedderOptions(precision, intraOpThreads, n, batchSize, maxLength, cacheDir);
  }

  public EmbedderOptions withBatchSize(int n) {
    return new EmbedderOptions(precision, intraOpThreads, sessions, n, maxLength, cacheDir);
  }

  public EmbedderOptions withMaxLength(int n) {
    return new EmbedderOptions(precision, intraOpThreads, sessions, batchSize, n, cacheDir);
  }

  public EmbedderOptions withCacheDir(Path dir) {
    return new EmbedderOptions(precision, intraOpThreads, sessions, batchSize, maxLength, dir);
  }

  /** One line for logs. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "precision=%s intraOpThreads=%d sessions=%d batchSize=%s maxLength=%s",
        precision.name().toLowerCase(Locale.ROOT),
        intraOpThreads,
        sessions,
        batchSize == 0 ? "model" : Integer.toString(batchSize),
        maxLength == 0 ? "model" : Integer.toString(maxLength));
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
