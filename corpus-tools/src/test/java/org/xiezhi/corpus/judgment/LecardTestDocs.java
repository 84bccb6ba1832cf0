package org.xiezhi.corpus.judgment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;

/**
 * The real LeCaRD judgments the tests refer to by doc id, read once per test run from
 * ../shared/data/lecard (never copied into the repository). A missing id fails the test.
 */
final class LecardTestDocs {
  /** Doc ids the unit tests read real snippets from. */
  static final List<String> SNIPPET_IDS =
      List.of("18642", "41591", "10860", "6673", "27399", "38633", "40200", "16383", "30788", "42312");

  private static Map<String, RawJudgment> docs;

  private LecardTestDocs() {}

  /** The judgment with this doc id. */
  static synchronized RawJudgment get(String id) {
    if (docs == null) {
      docs = load();
    }
    RawJudgment j = docs.get(id);
    if (j == null) {
      throw new IllegalStateException("LeCaRD doc " + id + " not found in ../shared/data/lecard");
    }
    return j;
  }

  /** The hand-checked sets: read while the parser was written, and read afterwards (held out). */
  static final List<String> HAND_CHECKED_SETS =
      List.of("hand-checked-lecard.jsonl", "hand-checked-lecard-heldout.jsonl");

  /** The expectations of one hand-checked set, one JSON object per line. */
  static List<Map<String, Object>> handChecked(String set) {
    try (InputStream in = LecardTestDocs.class.getResourceAsStream("/judgment/" + set)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Map<String, Object>> out = new java.util.ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = Json.mapper().readValue(line, Map.class);
          out.add(m);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, RawJudgment> load() {
    Set<String> want = new HashSet<>(SNIPPET_IDS);
    for (String set : HAND_CHECKED_SETS) {
      for (Map<String, Object> m : handChecked(set)) {
        want.add((String) m.get("id"));
      }
    }
    Map<String, RawJudgment> out = new HashMap<>();
    try {
      new LecardCandidates(SharedData.require("lecard"))
          .forEach(
              new LecardCandidates.Sink() {
                @Override
                public void accept(RawJudgment j) {
                  if (want.contains(j.docId())) {
                    out.put(j.docId(), j);
                  }
                }

                @Override
                public void reject(String docId, String reason) {}
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
