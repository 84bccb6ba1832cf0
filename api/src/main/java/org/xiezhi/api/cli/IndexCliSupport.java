package org.xiezhi.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.Locale;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.inference.TextEmbedder;

/** What the index, search, similar and bench commands share: the data directory and the embedder. */
public final class IndexCliSupport {
  private IndexCliSupport() {}

  /** The index data directory used when none is given. */
  public static final Path DEFAULT_DATA_DIR = Path.of("data", "index");

  /** Opens the embedder named {@code choice} (int8, fp32) or returns null for none. */
  public static TextEmbedder embedder(String choice) {
    String c = choice == null ? "int8" : choice.toLowerCase(Locale.ROOT);
    switch (c) {
      case "none":
        return null;
      case "int8":
      case "fp32":
        return EmbedderLoader.open(c);
      default:
        throw new IllegalArgumentException("--embedder must be int8, fp32 or none, not " + choice);
    }
  }

  /** Pretty JSON of a result. */
  static String json(Object o) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
