package org.xiezhi.corpus.judgment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;

/**
 * The parser against LeCaRD judgments read by hand (structured expected values only, by doc id):
 * {@code hand-checked-lecard.jsonl} (50 judgments, read while the parser was written; four parser
 * fixes came from them) and {@code hand-checked-lecard-heldout.jsonl} (20 more, written down before
 * the parser was run on them). Prints the accuracy per field of each set and fails below the floors.
 */
class HandCheckedJudgmentsTest {
  /** Floors per field (share of judgments, or of defendants for the per-defendant fields). */
  private static final Map<String, Double> FLOORS = new LinkedHashMap<>();

  static {
    for (String f : new String[] {"court", "region", "caseNumber", "documentType", "procedure", "date",
        "defendantCount", "articles"}) {
      FLOORS.put(f, 0.96);
    }
    for (String f : new String[] {"charges", "type", "months", "probationMonths", "fineYuan", "additional"}) {
      FLOORS.put(f, 0.95);
    }
  }

  @Test
  void accuracyPerFieldOnHandCheckedJudgments() {
    assertTrue(LecardTestDocs.handChecked(LecardTestDocs.HAND_CHECKED_SETS.get(0)).size() >= 50);
    boolean ok = true;
    StringBuilder all = new StringBuilder();
    for (String set : LecardTestDocs.HAND_CHECKED_SETS) {
      String report = score(set);
      all.append(report);
      ok &= !report.contains("BELOW");
    }
    System.out.print(all);
    assertTrue(ok, all.toString());
  }

  private static String score(String set) {
    Map<String, int[]> score = new LinkedHashMap<>();
    FLOORS.keySet().forEach(k -> score.put(k, new int[2]));
    List<String> misses = new ArrayList<>();
    List<Map<String, Object>> expected = LecardTestDocs.handChecked(set);
    for (Map<String, Object> e : expected) {
      String id = (String) e.get("id");
      CaseRecord r = JudgmentParser.parseLecard(LecardTestDocs.get(id));
      check(score, misses, id, "court", e.get("court"), r.court());
      check(score, misses, id, "region", e.get("region"), r.region());
      check(score, misses, id, "caseNumber", e.get("caseNumber"), r.caseNumber());
      check(score, misses, id, "documentType", e.get("documentType"), r.documentType());
      check(score, misses, id, "procedure", e.get("procedure"), r.procedure());
      check(score, misses, id, "date", e.get("date"), r.date());
      check(score, misses, id, "articles", new HashSet<>(list(e.get("articles"))), new HashSet<>(r.articles()));
      List<?> eds = (List<?>) e.get("defendants");
      check(score, misses, id, "defendantCount", eds.size(), r.defendants().size());
      for (int i = 0; i < eds.size(); i++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> ed = (Map<String, Object>) eds.get(i);
        Defendant d = i < r.defendants().size() ? r.defendants().get(i) : null;
        Sentence s = d == null ? null : d.sentence();
        String who = id + "#" + i;
        check(score, misses, who, "charges", list(ed.get("charges")), d == null ? null : d.charges());
        check(score, misses, who, "type", ed.get("type"), s == null ? null : s.type());
        check(score, misses, who, "months", num(ed.get("months")), s == null ? null : num(s.months()));
        check(score, misses, who, "probationMonths", num(ed.get("probationMonths")),
            s == null ? null : num(s.probationMonths()));
        check(score, misses, who, "fineYuan", num(ed.get("fineYuan")), s == null ? null : num(s.fineYuan()));
        check(score, misses, who, "additional", list(ed.get("additional")), s == null ? null : s.additional());
      }
    }
    StringBuilder report = new StringBuilder(
        "hand-checked accuracy per field, " + set + " (" + expected.size() + " judgments):\n");
    for (Map.Entry<String, int[]> x : score.entrySet()) {
      double acc = (double) x.getValue()[0] / x.getValue()[1];
      boolean below = acc < FLOORS.get(x.getKey());
      report.append(String.format(Locale.ROOT, "  %-16s %3d/%3d = %.3f (floor %.2f)%s%n", x.getKey(),
          x.getValue()[0], x.getValue()[1], acc, FLOORS.get(x.getKey()), below ? " BELOW" : ""));
    }
    misses.forEach(m -> report.append("  miss ").append(m).append('\n'));
    return report.toString();
  }

  private static void check(Map<String, int[]> score, List<String> misses, String id, String field,
      Object expected, Object actual) {
    int[] s = score.get(field);
    s[1]++;
    if (Objects.equals(expected, actual)) {
      s[0]++;
    } else {
      misses.add(id + " " + field + ": expected " + expected + ", parsed " + actual);
    }
  }

  private static List<String> list(Object o) {
    List<String> out = new ArrayList<>();
    if (o != null) {
      for (Object x : (List<?>) o) {
        out.add((String) x);
      }
    }
    return out;
  }

  private static Long num(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }
}
