package org.xiezhi.api.cli;

import org.xiezhi.inference.TextEmbedder;

/** Opens the bundled embedding model for the index commands. */
final class EmbedderLoader {
  private EmbedderLoader() {}

  static TextEmbedder open(String precision) {
    throw new IllegalStateException("no embedding model is available in this build: use --embedder none");
  }
}
