package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.indexer.rank.RankModel;

/** Writes a learned ranker in the format of the shipped weights resource, with its provenance; atomically. */
public final class RankerWeightsFile {
  private RankerWeightsFile() {}

  public static void write(Path file, RankModel model) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "weights", ".tmp");
    Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(model.toJson()) + "\n",
        StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
