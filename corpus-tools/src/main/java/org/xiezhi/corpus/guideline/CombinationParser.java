package org.xiezhi.corpus.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rules on combining circumstances: 同向相加、逆向相减 and the circumstances applied first
 * (二（二）2), the bench's 20% (二（三）4), the no-double-counting of 认罪认罚 (三（十四）) and the
 * exclusion of 当庭自愿认罪 beside 自首/坦白 (三（八）).
 */
final class CombinationParser {
  private static final Pattern FIRST = Pattern.compile("；具有(.+?)等量刑情节的，先适用该量刑情节");
  private static final Pattern NO_DOUBLE = Pattern.compile("(认罪认罚)与(.+?)等量刑情节不作重复评价");
  private static final Pattern EXCEPT = Pattern.compile("依法认定(.+?)的除外");

  private CombinationParser() {}

  static List<CombinationRule> parse(String number, Sections s, List<CircumstanceRule> circumstances) {
    List<CombinationRule> out = new ArrayList<>();
    Sections.Section method = s.sections().stream()
        .filter(x -> x.partTitle().contains("基本方法") && x.heading().contains("调节基准刑的方法")).findFirst().orElse(null);
    if (method != null) {
      for (String line : method.lines()) {
        GuidelineSource src = new GuidelineSource(number, method.part() + "（" + method.number() + "）" + line.charAt(0), line);
        if (line.contains("同向相加、逆向相减")) {
          out.add(new CombinationRule("ADD_SUBTRACT", null, List.of(), src));
        }
        Matcher f = FIRST.matcher(line);
        if (f.find()) {
          out.add(new CombinationRule("MULTIPLY_FIRST", null, split(f.group(1)), src));
        }
        if (line.contains("数罪")) {
          out.add(new CombinationRule("PER_CRIME_FIRST", null, List.of("立功", "累犯"), src));
        }
      }
    }
    Sections.Section declared = s.sections().stream()
        .filter(x -> x.partTitle().contains("基本方法") && x.heading().contains("确定宣告刑的方法")).findFirst().orElse(null);
    if (declared != null) {
      for (String line : declared.lines()) {
        GuidelineSource src = new GuidelineSource(number, declared.part() + "（" + declared.number() + "）" + line.charAt(0), line);
        if (line.contains("20%的幅度内")) {
          out.add(new CombinationRule("ADJUST_20", null, List.of(), src));
        } else if (line.contains("法定最低刑以下") && line.startsWith("2")) {
          out.add(new CombinationRule("BELOW_MINIMUM", null, List.of(), src));
        } else if (line.contains("法定最高刑以上")) {
          out.add(new CombinationRule("ABOVE_MAXIMUM", null, List.of(), src));
        }
      }
    }
    for (CircumstanceRule c : circumstances) {
      Matcher n = NO_DOUBLE.matcher(c.source().text());
      if (n.find()) {
        out.add(new CombinationRule("NO_DOUBLE_COUNT", c.code(), split(n.group(2)), c.source()));
      }
      Matcher e = EXCEPT.matcher(c.source().text());
      if ("COURT_ADMISSION".equals(c.code()) && e.find()) {
        out.add(new CombinationRule("EXCLUDES", c.code(), split(e.group(1)), c.source()));
      }
    }
    return out;
  }

  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    for (String x : list.split("[、，]|(?<!刑事)和(?!解)")) {
      if (!x.isBlank()) {
        out.add(x.strip());
      }
    }
    return List.copyOf(out);
  }

  /** The circumstances with {@code multiplyFirst} set where 二（二）2 names them. */
  static List<CircumstanceRule> markMultiplyFirst(List<CircumstanceRule> cs, List<CombinationRule> rules) {
    List<String> first = rules.stream().filter(r -> r.kind().equals("MULTIPLY_FIRST")).findFirst()
        .map(CombinationRule::involved).orElse(List.of());
    List<CircumstanceRule> out = new ArrayList<>();
    for (CircumstanceRule c : cs) {
      CircumstanceCatalogue.Entry e = CircumstanceCatalogue.ENTRIES.stream().filter(x -> x.code().equals(c.code()))
          .findFirst().orElseThrow();
      boolean m = e.orderWord() != null && first.stream().anyMatch(x -> x.contains(e.orderWord()));
      out.add(new CircumstanceRule(c.code(), c.name(), c.variants(), m, c.mayGoBelowMinimum(), c.legalBasis(),
          c.minimumMonths(), c.source()));
    }
    return List.copyOf(out);
  }
}
