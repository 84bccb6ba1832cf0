package org.xiezhi.api.cli;

import java.util.Locale;
import org.xiezhi.inference.EmbedderOptions;
import org.xiezhi.inference.OnnxEmbedder;
import org.xiezhi.inference.Precision;
import org.xiezhi.inference.TextEmbedder;

/** Opens the bundled embedding model (bge-small-zh-v1.5, int8 or fp32) for the index commands. */
final class EmbedderLoader {
  private EmbedderLoader() {}

  static TextEmbedder open(String precision) {
    return OnnxEmbedder.open(EmbedderOptions.defaults().withPrecision(Precision.valueOf(precision.toUpperCase(Locale.ROOT))));
  }
}
