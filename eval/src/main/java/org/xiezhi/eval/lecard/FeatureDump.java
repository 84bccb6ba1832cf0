package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.xiezhi.indexer.rank.RankFeatures;

/** Writes the dev queries' feature vectors as TSV ({@code protocol qid docid grade features…}) for offline study. */
public final class FeatureDump {
  private FeatureDump() {}

  public static void write(Path file, Map<String, Map<String, FeatureLists>> lists, LecardDataset data) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("protocol\tqid\tdocid\tgrade\t" + String.join("\t", RankFeatures.NAMES) + "\n");
      for (LecardQuery q : data.devQueries()) {
        Map<String, Integer> labels = data.labels(q.id());
        for (String p : MethodScores.PROTOCOLS) {
          FeatureLists l = lists.get(p).get(q.id());
          for (int i = 0; i < l.ids().size(); i++) {
            StringBuilder b = new StringBuilder();
            b.append(p).append('\t').append(q.id()).append('\t').append(l.ids().get(i)).append('\t')
                .append(labels.getOrDefault(l.ids().get(i), 0));
            for (double f : l.features()[i]) {
              b.append('\t').append(Double.toString(f));
            }
            w.write(b.append('\n').toString());
          }
        }
      }
    }
  }
}
