package org.xiezhi.corpus.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.source.SharedData;

/**
 * Names left after masking, per field and per kind of person, on all 9,088 LeCaRD judgments under
 * both policies, and prints the figures. The detector is independent of the masker's name rules:
 * a name is a surname (from the surname list) and one or two more Han characters written right
 * after a role word in the original full text, which occurs there at least twice; each occurrence
 * of such a name in a masked field is a name left.
 */
class LecardNamesLeftTest {
  enum Group { PROTECTED, DEFENDANT, STAFF }

  private static final Pattern ROLE = Pattern.compile(
      "(附带民事诉讼原告人|附带民事原告人|法定代理人|被害人|受害人|证人|鉴定人"
          + "|被告人|罪犯|上诉人"
          + "|审判长|代理审判员|审判员|人民陪审员|陪审员|书记员|法官助理|检察员|辩护人|律师|诉讼代理人|委托代理人)"
          + "[：:]?([\\u4e00-\\u9fff]{2,3})");

  /** Characters that do not begin a given name after a role word (述 of 陈述, 言 of 证言 …). */
  private static final String NOT_GIVEN = "述言实供属方在的系是等均向将对称说与和及被要告人家亲其之于因所以为也都已即从到把"
      + "某×、，。；：（）\u3000";

  static final Map<String, Long> LEFT_PUBLIC = new java.util.concurrent.ConcurrentHashMap<>();

  static Group group(String role) {
    return switch (role) {
      case "被告人", "罪犯", "上诉人" -> Group.DEFENDANT;
      case "附带民事诉讼原告人", "附带民事原告人", "法定代理人", "被害人", "受害人", "证人", "鉴定人" -> Group.PROTECTED;
      default -> Group.STAFF;
    };
  }

  /** The names of {@code full}, each with its group (a defendant named also as a victim stays a defendant). */
  static Map<String, Group> names(String full) {
    Map<String, Group> out = new HashMap<>();
    Matcher m = ROLE.matcher(full);
    while (m.find()) {
      String cand = m.group(2);
      int sl = Surnames.surnameAt(cand, 0);
      if (sl == 0 || cand.length() <= sl || "某×＊*".indexOf(cand.charAt(sl)) >= 0 || NOT_GIVEN.indexOf(cand.charAt(sl)) >= 0) {
        continue;
      }
      for (String name : sl == 2 ? List.of(cand) : List.of(cand.substring(0, 2), cand)) {
        if (name.length() > sl && count(full, name) >= 2) {
          out.merge(name, group(m.group(1)), (a, b) -> a == Group.DEFENDANT || b == Group.DEFENDANT ? Group.DEFENDANT : a);
        }
      }
    }
    // a two-character name inside a three-character one counts once: keep the longer
    Set<String> shadowed = new HashSet<>();
    for (String n : out.keySet()) {
      for (String o : out.keySet()) {
        if (o.length() > n.length() && o.startsWith(n) && count(full, o) * 10 >= count(full, n) * 7) {
          shadowed.add(n);
        }
      }
    }
    out.keySet().removeAll(shadowed);
    return out;
  }

  static int count(String text, String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
      n++;
    }
    return n;
  }

  /** names left [policy][field][group]; before [field][group]. */
  @Test
  void namesLeftPerFieldUnderBothPolicies() throws IOException {
    int fields = FieldTexts.NAMES.size();
    Map<MaskingPolicy, long[][]> left = new EnumMap<>(MaskingPolicy.class);
    for (MaskingPolicy p : MaskingPolicy.values()) {
      left.put(p, new long[fields][Group.values().length]);
    }
    long[][] before = new long[fields][Group.values().length];
    long[] docs = new long[1];
    new LecardCandidates(SharedData.require("lecard")).forEach(new LecardCandidates.Sink() {
      @Override
      public void accept(RawJudgment j) {
        docs[0]++;
        Map<String, Group> names = names(j.fullText());
        List<String> texts = FieldTexts.of(j);
        for (int f = 0; f < fields; f++) {
          for (var e : names.entrySet()) {
            before[f][e.getValue().ordinal()] += texts.get(f) == null ? 0 : count(texts.get(f), e.getKey());
          }
        }
        for (MaskingPolicy p : MaskingPolicy.values()) {
          PiiMasker.DocumentMasker m = PiiMasker.of(p).forDocument(j.fullText());
          for (int f = 0; f < fields; f++) {
            String masked = m.mask(texts.get(f));
            if (masked == null) {
              continue;
            }
            for (var e : names.entrySet()) {
              int c = count(masked, e.getKey());
              left.get(p)[f][e.getValue().ordinal()] += c;
              if (c > 0 && p == MaskingPolicy.PUBLIC_RELEASE && f == fields - 1) {
                LEFT_PUBLIC.merge(e.getValue() + ":" + e.getKey(), (long) c, Long::sum);
              }
            }
          }
        }
      }

      @Override
      public void reject(String docId, String reason) {}
    });
    assertEquals(9088, docs[0]);
    System.out.printf(Locale.ROOT, "names left after masking, %d LeCaRD judgments (occurrences; protected / defendants / court staff and counsel)%n", docs[0]);
    System.out.printf(Locale.ROOT, "%-9s %-26s %-26s %-26s%n", "field", "before", "internal", "public");
    long[] total = new long[3];
    for (int f = 0; f < fields; f++) {
      System.out.printf(Locale.ROOT, "%-9s %-26s %-26s %-26s%n", FieldTexts.NAMES.get(f), row(before[f]),
          row(left.get(MaskingPolicy.INTERNAL)[f]), row(left.get(MaskingPolicy.PUBLIC_RELEASE)[f]));
    }
    System.out.println("most frequent names left in qw under public release: " + LEFT_PUBLIC.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(40).map(e -> e.getKey() + "=" + e.getValue()).toList());
    long[] pub = sum(left.get(MaskingPolicy.PUBLIC_RELEASE));
    long[] in = sum(left.get(MaskingPolicy.INTERNAL));
    long[] all = sum(before);
    System.out.printf(Locale.ROOT, "%-9s %-26s %-26s %-26s%n", "all", row(all), row(in), row(pub));
    // public release: every kind of person masked; internal: the protected ones masked, the rest kept
    for (Group g : Group.values()) {
      assertTrue(pub[g.ordinal()] * 100 <= all[g.ordinal()], "public release leaves " + g + ": " + pub[g.ordinal()] + " of " + all[g.ordinal()]);
    }
    assertTrue(in[Group.PROTECTED.ordinal()] * 100 <= all[Group.PROTECTED.ordinal()] * 2, "internal leaves protected names: " + row(in));
    assertTrue(in[Group.DEFENDANT.ordinal()] * 10 >= all[Group.DEFENDANT.ordinal()] * 9, "internal keeps defendants: " + row(in));
  }

  private static String row(long[] v) {
    return v[0] + " / " + v[1] + " / " + v[2];
  }

  private static long[] sum(long[][] m) {
    long[] s = new long[3];
    for (long[] r : m) {
      for (int g = 0; g < 3; g++) {
        s[g] += r[g];
      }
    }
    return s;
  }
}
