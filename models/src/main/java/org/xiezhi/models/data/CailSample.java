package org.xiezhi.models.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.corpus.io.Json;

/** Reads the CAIL2018 sample files ({@code sample_train.json}, {@code sample_test.json}) and label sets. */
public final class CailSample {
  private CailSample() {}

  /** Every record of one CAIL JSON Lines file; ids are {@code <file stem>:<line>}. */
  public static List<LabelledFact> read(Path file) throws IOException {
    List<LabelledFact> out = new ArrayList<>();
    String stem = file.getFileName().toString().replace(".json", "");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = Json.mapper().readTree(line);
        JsonNode meta = r.path("meta");
        JsonNode term = meta.path("term_of_imprisonment");
        List<String> charges = new ArrayList<>();
        meta.path("accusation").forEach(a -> charges.add(a.asText()));
        List<Integer> articles = new ArrayList<>();
        meta.path("relevant_articles").forEach(a -> articles.add(a.asInt()));
        if (!r.hasNonNull("fact") || charges.isEmpty()) {
          throw new IOException(file.getFileName() + " line " + n + ": no fact or no accusation");
        }
        out.add(
            new LabelledFact(
                stem + ":" + n,
                r.get("fact").asText(),
                charges,
                articles,
                term.path("imprisonment").asInt(0),
                term.path("death_penalty").asBoolean(false),
                term.path("life_imprisonment").asBoolean(false)));
      }
    }
    return out;
  }

  /** The lines of a label file ({@code accu.txt}, {@code law.txt}), trimmed, blanks dropped. */
  public static List<String> labels(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        out.add(l.strip());
      }
    }
    return out;
  }
}
