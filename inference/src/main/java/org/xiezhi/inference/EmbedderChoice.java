package org.xiezhi.inference;

import java.util.Locale;

/**
 * The embedding model a command asks for by name: {@code int8} or {@code fp32} (the bundled
 * bge-small-zh-v1.5 in that precision) or {@code none} (keyword search only).
 */
public final class EmbedderChoice {
  private EmbedderChoice() {}

  /** Opens the embedder named {@code choice} (null: int8) with the model defaults, or returns null for {@code none}. */
  public static TextEmbedder open(String choice) {
    return open(choice, 0);
  }

  /**
   * Like {@link #open(String)}; {@code threads} > 0 gives one session with that many ONNX Runtime
   * threads (lowest latency for one query at a time), 0 the model defaults.
   */
  public static TextEmbedder open(String choice, int threads) {
    if (threads < 0 || threads > 64) {
      throw new IllegalArgumentException("embedding threads must be 0..64, not " + threads);
    }
    String c = choice == null ? "int8" : choice.toLowerCase(Locale.ROOT);
    switch (c) {
      case "none":
        return null;
      case "int8":
      case "fp32":
        EmbedderOptions o = EmbedderOptions.defaults().withPrecision(Precision.valueOf(c.toUpperCase(Locale.ROOT)));
        if (threads > 0) {
          o = o.withIntraOpThreads(threads).withSessions(1);
        }
        return OnnxEmbedder.open(o);
      default:
        throw new IllegalArgumentException("--embedder must be int8, fp32 or none, not " + choice);
    }
  }

  /** The choice that opens the model an index was built with ({@code model} its id, null: none). */
  public static String forModel(String model) {
    return model == null ? "none" : model.contains("fp32") ? "fp32" : "int8";
  }
}
