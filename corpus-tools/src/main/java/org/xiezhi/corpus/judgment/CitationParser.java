package org.xiezhi.corpus.judgment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.model.Citation;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Finds the provisions a judgment cites and normalises them.
 *
 * <p>{@code 《中华人民共和国刑法》第二百六十四条第一款} becomes law {@code 刑法}, article 264, paragraph 1,
 * label {@code 刑法第264条第1款}; {@code 之一} articles keep their suffix ({@code 刑法第133条之一}); in a
 * list such as {@code 第二十五条、第二十六条、第六十七条第三款} every item inherits the law of the title
 * before it, and a bare {@code 第三款} the article before it; 第二十六条第一、四款 is two citations, and
 * the slip 第六十七第三款 (条 left out) is read as 第六十七条第三款. Other laws and judicial interpretations
 * keep their title ({@code 中华人民共和国} dropped), with the article when one is cited; a title cited
 * without an article is one citation with a null article. The 1979 Criminal Law is {@code 1979年刑法}.
 */
public final class CitationParser {
  /** The law name used for the current Criminal Law. */
  public static final String CRIMINAL_LAW = "刑法";

  private static final String NUM = "[零〇一二两三四五六七八九十百千\\d]+";
  private static final Pattern TITLE =
      Pattern.compile("(?:(1979|一九七九)年)?(?:《([^《》]{2,120})》|(?<!》)((?:中华人民共和国)?(?:刑法|刑事诉讼法)|原刑法|修正前的刑法|修订前的刑法)(?=第))");
  /** 第X条[之Y][第Z款 or 第Z、W款][第（N）项 or 第（N）、（M）项]: groups article, suffix, 款 list, 项 list. */
  private static final Pattern ARTICLE =
      Pattern.compile("\\G[、，,和及与以\\s]{0,3}第(" + NUM + ")(?:条|(?=第" + NUM + "款))(?:之(" + NUM + "))?"
          + "(?:第?(" + NUM + "(?:、" + NUM + ")*)款)?"
          + "(?:第?((?:[（(]?" + NUM + "[）)]?)(?:、[（(]?" + NUM + "[）)]?)*)项)?");
  /** A bare 第Z款 (or 第Z、W款) continuing the article before it. */
  private static final Pattern PARAGRAPH_ONLY =
      Pattern.compile("\\G[、，,和及与\\s]{0,3}第(" + NUM + "(?:、" + NUM + ")*)款"
          + "(?:第?((?:[（(]?" + NUM + "[）)]?)(?:、[（(]?" + NUM + "[）)]?)*)项)?");

  private CitationParser() {}

  /** Every distinct citation in {@code text}, in order of first appearance. */
  public static List<Citation> parse(String text) {
    List<Citation> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    Matcher t = TITLE.matcher(text);
    int from = 0;
    while (from < text.length() && t.find(from)) {
      String law = lawName(t.group(2) != null ? t.group(2) : t.group(3), t.group(1) != null);
      int pos = t.end();
      boolean any = false;
      Integer lastArticle = null;
      int lastSuffix = 0;
      while (true) {
        Matcher a = ARTICLE.matcher(text);
        if (a.find(pos)) {
          lastArticle = num(a.group(1));
          lastSuffix = a.group(2) == null ? 0 : num(a.group(2));
          addAll(out, seen, law, lastArticle, lastSuffix, a.group(3), a.group(4));
          any = true;
          pos = a.end();
          continue;
        }
        Matcher p = PARAGRAPH_ONLY.matcher(text);
        if (lastArticle != null && p.find(pos)) {
          addAll(out, seen, law, lastArticle, lastSuffix, p.group(1), p.group(2));
          pos = p.end();
          continue;
        }
        break;
      }
      if (!any && law != null && t.group(2) != null && !law.equals(CRIMINAL_LAW)) {
        add(out, seen, law, null, 0, null, null);
      }
      from = Math.max(pos, t.end());
    }
    return out;
  }

  /** Distinct Criminal Law article labels ({@code 刑法第264条}, {@code 刑法第133条之一}) in order. */
  public static List<String> criminalLawArticles(List<Citation> citations) {
    Set<String> out = new LinkedHashSet<>();
    for (Citation c : citations) {
      if (CRIMINAL_LAW.equals(c.law()) && c.article() != null) {
        out.add(articleLabel(c.article(), c.suffix()));
      }
    }
    return new ArrayList<>(out);
  }

  /** The label of a Criminal Law article: {@code 刑法第264条} or {@code 刑法第133条之一}. */
  public static String articleLabel(int article, int suffix) {
    return CRIMINAL_LAW + "第" + article + "条" + (suffix > 0 ? "之" + chineseDigit(suffix) : "");
  }

  /** One citation per 款 and 项 listed: 第二十六条第一、四款 is 第26条第1款 and 第26条第4款. */
  private static void addAll(
      List<Citation> out, Set<String> seen, String law, int article, int suffix, String paras,
      String items) {
    List<Integer> ps = numbers(paras);
    List<Integer> is = numbers(items);
    if (ps.isEmpty()) {
      ps.add(null);
    }
    for (int i = 0; i < ps.size(); i++) {
      boolean last = i == ps.size() - 1;
      if (last && !is.isEmpty()) {
        for (Integer item : is) {
          add(out, seen, law, article, suffix, ps.get(i), item);
        }
      } else {
        add(out, seen, law, article, suffix, ps.get(i), null);
      }
    }
  }

  private static List<Integer> numbers(String list) {
    List<Integer> out = new ArrayList<>();
    if (list != null) {
      for (String part : list.split("、")) {
        int n = num(part.replaceAll("[（()）]", ""));
        if (n > 0) {
          out.add(n);
        }
      }
    }
    return out;
  }

  private static void add(
      List<Citation> out, Set<String> seen, String law, Integer article, int suffix, Integer para,
      Integer item) {
    if (law == null) {
      return;
    }
    StringBuilder label = new StringBuilder(law.length() > 12 ? "《" + law + "》" : law);
    if (article != null) {
      label.append('第').append(article).append('条');
      if (suffix > 0) {
        label.append('之').append(chineseDigit(suffix));
      }
      if (para != null) {
        label.append('第').append(para).append('款');
      }
      if (item != null) {
        label.append('第').append(item).append('项');
      }
    }
    if (seen.add(label.toString())) {
      out.add(new Citation(law, article, suffix, para, item, label.toString()));
    }
  }

  static String lawName(String title, boolean y1979) {
    if (title == null) {
      return null;
    }
    String s = title.strip().replaceAll("\\s+", "");
    if (s.startsWith("中华人民共和国")) {
      s = s.substring("中华人民共和国".length());
    }
    if (s.equals("原刑法") || s.equals("修正前的刑法") || s.equals("修订前的刑法")) {
      s = "1979年刑法";
    }
    if (s.equals("刑法") && y1979) {
      s = "1979年刑法";
    }
    if (s.isEmpty()) {
      return null;
    }
    return s;
  }

  private static int num(String s) {
    long v = ChineseNumerals.parse(s);
    return v < 0 || v > 100_000 ? -1 : (int) v;
  }

  private static String chineseDigit(int n) {
    String d = "零一二三四五六七八九";
    return n >= 1 && n <= 9 ? String.valueOf(d.charAt(n)) : String.valueOf(n);
  }
}
