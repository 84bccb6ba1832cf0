package org.xiezhi.eval.lecard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.indexer.rank.RankFeatures;

/** Writes the learned ranker's all-dev weights in the format of the shipped weights resource, with their provenance. */
public final class RankerWeightsFile {
  private RankerWeightsFile() {}

  public static void write(Path file, FeatureRankerCv.Outcome cv) throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    Metrics j = cv.heldOut().get("judged");
    root.put("provenance", String.format(Locale.ROOT,
        "xiezhi eval lecard --write-weights: pairwise logistic regression (l2 %s, %d Adam steps of %s) on the pool lists "
            + "of the LeCaRD dev queries; %d-fold held-out judged-only NDCG@10 %.4f, NDCG@30 %.4f (seed %d)",
        FeatureRankerCv.L2, FeatureRankerCv.ITERATIONS, FeatureRankerCv.STEP, FeatureRankerCv.FOLDS,
        j.ndcg10(), j.ndcg30(), FeatureRankerCv.SEED));
    ObjectNode w = root.putObject("weights");
    double[] v = cv.allDevWeights();
    for (int i = 0; i < v.length; i++) {
      w.put(RankFeatures.NAMES.get(i), Math.round(v[i] * 1e6) / 1e6);
    }
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "weights", ".tmp");
    Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
