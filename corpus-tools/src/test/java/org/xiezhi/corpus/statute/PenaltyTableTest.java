package org.xiezhi.corpus.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.model.PenaltyRange;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.model.StatuteClause;

/** The penalty tiers of the hand-written table (src/test/resources/statutes) against the parser. */
class PenaltyTableTest {
  private static final Map<Character, String> TYPES = Map.of(
      'I', Sentence.IMPRISONMENT, 'D', Sentence.DETENTION, 'S', Sentence.SURVEILLANCE,
      'L', Sentence.LIFE, 'X', Sentence.DEATH, 'R', PenaltyParser.DEPRIVATION,
      'F', Sentence.FINE_ONLY);

  @Test
  void everyTierOfTheHandWrittenTableIsParsed() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/statutes/penalty-expected.csv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", -1);
        List<String> tiers = expected.computeIfAbsent(f[0], k -> new ArrayList<>());
        if (!f[1].equals("-")) {
          tiers.add(expectedTier(f));
        }
      }
    }
    assertTrue(expected.size() >= 30, "table must cover at least 30 articles");
    for (String must : List.of("20", "133-1", "232", "234", "236", "263", "264", "266", "347", "383")) {
      assertTrue(expected.containsKey(must), "table lacks " + must);
    }
    int tiers = 0;
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      StatuteArticle a = RealLaws.article("刑法:" + e.getKey());
      List<String> actual = new ArrayList<>();
      for (StatuteClause c : a.clauses()) {
        for (PenaltyRange p : c.penalties()) {
          actual.add(describe(c.paragraph(), p));
        }
      }
      assertEquals(e.getValue(), actual, a.label());
      tiers += actual.size();
    }
    System.out.printf("penalty table: %d articles, %d tiers match%n", expected.size(), tiers);
  }

  private static String expectedTier(String[] f) {
    TreeSet<String> types = new TreeSet<>();
    for (char c : f[2].toCharArray()) {
      types.add(TYPES.get(c));
    }
    return String.join("|", f[1], types.toString(), f[3], f[4], f[5], f[6].equals("1") ? "conf" : "-");
  }

  private static String describe(int paragraph, PenaltyRange p) {
    return String.join("|", Integer.toString(paragraph), new TreeSet<>(p.types()).toString(),
        p.minMonths() == null ? "" : p.minMonths().toString(),
        p.maxMonths() == null ? "" : p.maxMonths().toString(), p.fine(),
        p.confiscation() ? "conf" : "-");
  }
}
