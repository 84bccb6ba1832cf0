package org.xiezhi.corpus.judgment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.model.ChargeSentence;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;

/**
 * Reads the defendants of a judgment's result (判决如下 …): for each defendant the charges, the
 * penalty per charge and the penalty finally executed ({@code 数罪并罚，决定执行…}, else the penalty of
 * the single charge). A defendant named in several parts of the result (second instance: 维持 …, 撤销
 * …, 改判 …) is one defendant; the last penalty stated wins.
 */
public final class ResultParser {
  private static final Pattern PERSON =
      Pattern.compile(
          "(?:原审被告人|被告人|上诉人|被上诉人|原审上诉人|罪犯)([^\\s，,。；;：:、（）()犯]{1,12}?)(?<!所)(?=犯(?!罪)|无罪)");
  /** A charge: 犯X罪 where 罪 ends the name (掩饰、隐瞒犯罪所得罪 keeps its inner 犯罪). */
  static final Pattern CHARGE =
      Pattern.compile("犯有?(?!罪)((?:[^\\s，,。；;：:（）()]|（边）){1,40}?罪)(?=[\\s，,。；;：:（）()判处]|并处|免|$)");
  private static final Pattern COMBINED = Pattern.compile("决定(?:合并)?执行|数罪并罚|合并执行");
  private static final Pattern PARENS = Pattern.compile("（[^（）]*）|\\([^()]*\\)");

  private ResultParser() {}

  /** The defendants found in {@code result}, in order of first mention. */
  public static List<Defendant> parse(String result) {
    List<Defendant> out = new ArrayList<>();
    if (result == null || result.isEmpty()) {
      return out;
    }
    String text = stripParens(result);
    Matcher p = PERSON.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (p.find()) {
      starts.add(new int[] {p.start(), p.end()});
      names.add(p.group(1));
    }
    Map<String, Builder> byName = new LinkedHashMap<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      String segment = text.substring(starts.get(i)[1], end);
      Builder b = byName.computeIfAbsent(names.get(i), Builder::new);
      b.read(segment);
    }
    for (Builder b : byName.values()) {
      out.add(b.build());
    }
    return out;
  }

  /**
   * Removes parenthesised asides (刑期起止, 原审被告人, 已缴纳 …), innermost first; the （边） of the
   * charge names 偷越国（边）境罪 and the like is kept.
   */
  static String stripParens(String s) {
    String prev;
    String cur = s.replace("国（边）境", "国\u0001境").replace("国(边)境", "国\u0001境");
    do {
      prev = cur;
      cur = PARENS.matcher(cur).replaceAll("");
    } while (!cur.equals(prev));
    return cur.replace("\u0001", "（边）");
  }

  private static final class Builder {
    final String name;
    final Set<String> charges = new LinkedHashSet<>();
    final List<ChargeSentence> counts = new ArrayList<>();
    Sentence sentence;

    Builder(String name) {
      this.name = name;
    }

    void read(String segment) {
      // The segment may end with an unrelated item (二、追缴… / 如不服…): cut at the next numbered item.
      String seg = cutAtNextItem(segment);
      Matcher comb = COMBINED.matcher(seg);
      int combinedAt = comb.find() ? comb.start() : -1;
      String before = combinedAt >= 0 ? seg.substring(0, combinedAt) : seg;
      Matcher c = CHARGE.matcher(before);
      List<int[]> spans = new ArrayList<>();
      List<String> names = new ArrayList<>();
      while (c.find()) {
        spans.add(new int[] {c.start(), c.end()});
        names.add(c.group(1));
      }
      List<ChargeSentence> local = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : before.length();
        String clause = before.substring(spans.get(i)[1], end);
        String charge = names.get(i);
        charges.add(charge);
        local.add(new ChargeSentence(charge, PenaltyParser.parse(clause)));
      }
      Sentence fin = null;
      if (combinedAt >= 0) {
        fin = PenaltyParser.parse(seg.substring(combinedAt));
      }
      if (fin == null && local.size() == 1) {
        fin = local.get(0).sentence();
      }
      if (fin == null && !local.isEmpty()) {
        fin = mostSevere(local);
      }
      if (!local.isEmpty()) {
        counts.clear();
        counts.addAll(local);
      }
      if (fin != null) {
        sentence = fin;
      }
    }

    Defendant build() {
      List<ChargeSentence> keep = counts.size() > 1 ? counts : List.of();
      return new Defendant(name, new ArrayList<>(charges), keep, sentence);
    }
  }

  private static final Pattern NEXT_ITEM =
      Pattern.compile("[。；;\\s]\\s*(?:[一二三四五六七八九十]+、|\\d+(?:[、．]|\\.(?!\\d))|如不服|本判决为终审|审判长|审\\s*判\\s*长)");

  private static String cutAtNextItem(String seg) {
    Matcher m = NEXT_ITEM.matcher(seg);
    return m.find() ? seg.substring(0, m.start() + 1) : seg;
  }

  private static Sentence mostSevere(List<ChargeSentence> counts) {
    Sentence best = null;
    for (ChargeSentence cs : counts) {
      Sentence s = cs.sentence();
      if (s != null && (best == null || rank(s) > rank(best))) {
        best = s;
      }
    }
    return best;
  }

  private static long rank(Sentence s) {
    int t = Sentence.TYPES.indexOf(s.type());
    long typeRank =
        switch (s.type()) {
          case Sentence.DEATH -> 8;
          case Sentence.DEATH_REPRIEVE -> 7;
          case Sentence.LIFE -> 6;
          case Sentence.IMPRISONMENT -> 5;
          case Sentence.DETENTION -> 4;
          case Sentence.SURVEILLANCE -> 3;
          case Sentence.FINE_ONLY -> 2;
          default -> 1 + 0 * t;
        };
    return typeRank * 1000 + (s.months() == null ? 0 : s.months());
  }
}
