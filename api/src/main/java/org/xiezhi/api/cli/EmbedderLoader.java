package org.xiezhi.api.cli;

import java.util.Locale;
import org.xiezhi.inference.EmbedderOptions;
import org.xiezhi.inference.OnnxEmbedder;
import org.xiezhi.inference.Precision;
import org.xiezhi.inference.TextEmbedder;

/** Opens the bundled embedding model (bge-small-zh-v1.5, int8 or fp32) for the index commands. */
final class EmbedderLoader {
  private EmbedderLoader() {}

  static TextEmbedder open(String precision, int threads) {
    EmbedderOptions o = EmbedderOptions.defaults().withPrecision(Precision.valueOf(precision.toUpperCase(Locale.ROOT)));
    if (threads > 0) {
      o = o.withIntraOpThreads(threads).withSessions(1);
    }
    return OnnxEmbedder.open(o);
  }
}
