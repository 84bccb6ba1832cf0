package org.xiezhi.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.xiezhi.corpus.io.Json;

/**
 * What built an index, stored as {@code index-meta.json} in the data directory: the analyzers and
 * legal-dictionary fingerprint, the embedding model ({@code id@version}, null when the index has no
 * vectors), its dimension and the long-text strategy. Queries with another model are refused.
 */
public record IndexMeta(
    int formatVersion,
    String wordAnalyzer,
    String bigramAnalyzer,
    String dictionaryFingerprint,
    String embeddingModel,
    Integer dimension,
    String longTextStrategy,
    int maxEmbedChars,
    float bm25K1,
    float bm25B) {

  /** The current layout version. */
  public static final int FORMAT = 1;

  static final String FILE = "index-meta.json";

  /** Reads the metadata of {@code dataDir}; fails when there is no index there. */
  public static IndexMeta read(Path dataDir) throws IOException {
    Path f = dataDir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      throw new IOException("no index in " + dataDir + " (missing " + FILE + ")");
    }
    IndexMeta m = Json.mapper().readValue(f.toFile(), IndexMeta.class);
    if (m.formatVersion() != FORMAT) {
      throw new IOException("index format " + m.formatVersion() + " in " + dataDir + ", expected " + FORMAT);
    }
    return m;
  }

  /** Writes atomically (temporary file, then move). */
  void write(Path dataDir) throws IOException {
    Path tmp = dataDir.resolve(FILE + ".tmp");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
    Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Throws when {@code modelId} differs from the model that built the vectors. */
  public void requireModel(String modelId) {
    if (embeddingModel == null) {
      throw new IllegalStateException("this index has no vectors: rebuild it with an embedding model");
    }
    if (!embeddingModel.equals(modelId)) {
      throw new IllegalStateException(
          "index vectors were built with " + embeddingModel + ", the query embedder is " + modelId
              + ": use the same model or rebuild the index");
    }
  }
}
