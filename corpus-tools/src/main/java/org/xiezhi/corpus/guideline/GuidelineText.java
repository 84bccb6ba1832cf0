package org.xiezhi.corpus.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/** Reads the quantities a guideline paragraph states: term ranges and adjustment ratios. */
final class GuidelineText {
  private GuidelineText() {}

  /** A term range found in a sentence, with where it starts. */
  record Range(int minMonths, int maxMonths, List<String> types, int start, int end) {}

  private static final String N = "([零一二三四五六七八九十]+)";
  private static final Pattern RANGE =
      Pattern.compile("在" + N + "(年|个月)(?:至" + N + "(年|个月))?(以下)?(有期徒刑|拘役)(、拘役)?幅度内");
  private static final Pattern FIXED = Pattern.compile("量刑起点为" + N + "年有期徒刑");
  private static final Pattern RATIO =
      Pattern.compile("(减少|增加)基准刑的([0-9]+)%(?:-([0-9]+)%)?(以下|以上)?");
  private static final Pattern AT_LEAST_MONTHS = Pattern.compile("一般不少于([0-9]+)个月");

  /** The text with full-width percent signs and dashes made plain. */
  static String plain(String s) {
    return s.replace('％', '%').replace('—', '-').replace('–', '-').replace('－', '-');
  }

  static List<Range> ranges(String text) {
    List<Range> out = new ArrayList<>();
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      int a = months(m.group(1), m.group(2));
      List<String> types = new ArrayList<>();
      types.add(m.group(6));
      if (m.group(7) != null) {
        types.add("拘役");
      }
      if (m.group(5) != null) {
        out.add(new Range(types.contains("拘役") ? 1 : 6, a, List.copyOf(types), m.start(), m.end()));
      } else if (m.group(3) != null) {
        out.add(new Range(a, months(m.group(3), m.group(4)), List.copyOf(types), m.start(), m.end()));
      } else {
        out.add(new Range(a, a, List.copyOf(types), m.start(), m.end()));
      }
    }
    Matcher f = FIXED.matcher(text);
    while (f.find()) {
      int a = months(f.group(1), "年");
      out.add(new Range(a, a, List.of("有期徒刑"), f.start(), f.end()));
    }
    return out;
  }

  private static int months(String num, String unit) {
    long n = ChineseNumerals.parse(num);
    return (int) ("年".equals(unit) ? n * 12 : n);
  }

  /** Each clause (split at ；) that states a ratio, with the ratio. */
  record Clause(String text, Ratio ratio, boolean exemption) {}

  static List<Clause> ratioClauses(String paragraph) {
    List<Clause> out = new ArrayList<>();
    for (String clause : plain(paragraph).split("；")) {
      Ratio r = ratio(clause);
      if (r != null) {
        out.add(new Clause(clause.replaceAll("[。；]$", "").trim(), r, clause.contains("免除处罚")));
      }
    }
    return out;
  }

  /** The first ratio of a clause, or null. */
  static Ratio ratio(String clause) {
    Matcher m = RATIO.matcher(plain(clause));
    if (!m.find()) {
      return null;
    }
    double sign = "减少".equals(m.group(1)) ? -1 : 1;
    double a = Integer.parseInt(m.group(2)) / 100.0;
    double lo;
    double hi;
    if (m.group(3) != null) {
      lo = a;
      hi = Integer.parseInt(m.group(3)) / 100.0;
    } else if ("以上".equals(m.group(4))) {
      lo = a;
      hi = 1.0;
    } else {
      lo = 0;
      hi = a;
    }
    return new Ratio(sign * lo, sign * hi);
  }

  static int atLeastMonths(String paragraph) {
    Matcher m = AT_LEAST_MONTHS.matcher(paragraph);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
