package org.xiezhi.inference.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;

/** Real texts read in place from ../shared/data for tokenizer checks (never copied into the repo). */
final class RealTexts {
  private RealTexts() {}

  /** Stops the candidate stream once enough judgments were read. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  /** All LeCaRD query facts, the first {@code cail} CAIL2018 test facts, full texts of the first {@code judgments} candidates. */
  static List<String> load(int cail, int judgments) throws IOException {
    List<String> out = new ArrayList<>();
    ObjectMapper om = new ObjectMapper();
    Path queries = SharedData.require("lecard/query.json");
    for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(om.readTree(line).get("q").asText());
      }
    }
    try (BufferedReader r = Files.newBufferedReader(SharedData.require("cail2018/sample_test.json"), StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while (n < cail && (line = r.readLine()) != null) {
        JsonNode fact = om.readTree(line).get("fact");
        out.add(fact.asText());
        n++;
      }
    }
    List<String> full = new ArrayList<>();
    try {
      new LecardCandidates(SharedData.require("lecard")).forEach(
          new LecardCandidates.Sink() {
            @Override
            public void accept(RawJudgment j) {
              if (j.fullText() != null) {
                full.add(j.fullText());
              }
              if (full.size() >= judgments) {
                throw new Enough();
              }
            }

            @Override
            public void reject(String docId, String reason) {
              throw new IllegalStateException("cannot read LeCaRD candidate " + docId + ": " + reason);
            }
          });
    } catch (Enough e) {
      // read enough
    }
    if (full.size() < judgments) {
      throw new IllegalStateException("only " + full.size() + " LeCaRD judgments read");
    }
    out.addAll(full);
    return out;
  }
}
