package org.xiezhi.corpus.source;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the public data folder ({@code shared/data}) that tests and benchmarks read in place:
 * the system property {@code xiezhi.shared}, else the environment variable {@code XIEZHI_SHARED},
 * else {@code ../shared} beside the project. Fails loudly when it is missing.
 */
public final class SharedData {
  private SharedData() {}

  /** The {@code data} folder; throws when it does not exist. */
  public static Path dataDir() {
    String p = System.getProperty("xiezhi.shared");
    if (p == null || p.isBlank()) {
      p = System.getenv("XIEZHI_SHARED");
    }
    Path shared = p == null || p.isBlank() ? Path.of("..", "shared") : Path.of(p);
    Path data = shared.resolve("data").toAbsolutePath().normalize();
    if (!Files.isDirectory(data)) {
      throw new IllegalStateException(
          "public data not found at " + data + " (set -Dxiezhi.shared or XIEZHI_SHARED)");
    }
    return data;
  }

  /** A path inside the data folder, which must exist. */
  public static Path require(String relative) {
    Path p = dataDir().resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("missing public data file " + p);
    }
    return p;
  }
}
