package org.xiezhi.api.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.inference.OnnxEmbedder;
import org.xiezhi.inference.TextEmbedder;

/** What {@code serve} and {@code demo} share: locating the public data and opening the embedding model. */
public final class ServiceLauncher {
  private ServiceLauncher() {}

  /** {@code laws/刑法/刑法.md} under the public data folder, or null when that folder is absent. */
  public static Path sharedCriminalLaw() {
    try {
      Path p = SharedData.dataDir().resolve("laws/刑法/刑法.md");
      return Files.isRegularFile(p) ? p : null;
    } catch (IllegalStateException e) {
      return null;
    }
  }

  /** Opens the bundled embedding model, or reports why not and returns null. */
  public static TextEmbedder openEmbedder() {
    try {
      // the service embeds the same facts for several calls of one analysis: recent vectors are kept
      return new org.xiezhi.inference.RecentVectors(OnnxEmbedder.openDefault());
    } catch (RuntimeException e) {
      System.out.println("embedding model not opened (" + e.getMessage() + "): POST /api/v1/embed answers 503, search is keyword only");
      return null;
    }
  }

  /** The public {@code laws/} folder, or null when absent. */
  public static Path sharedLaws() {
    Path law = sharedCriminalLaw();
    return law == null ? null : law.getParent().getParent();
  }
}
