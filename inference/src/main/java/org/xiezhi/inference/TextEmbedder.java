package org.xiezhi.inference;

import java.util.List;

/**
 * Turns texts into dense, L2-normalised vectors. Implementations hold native resources: close them.
 */
public interface TextEmbedder extends AutoCloseable {

  /** The model that produces the vectors, as {@code id@version}; an index records it. */
  String modelId();

  /** Length of every vector. */
  int dimension();

  /** One vector per text, in order. */
  List<float[]> embed(List<String> texts);

  /** Convenience for one text. */
  default float[] embed(String text) {
    return embed(List.of(text)).get(0);
  }

  @Override
  void close();
}
