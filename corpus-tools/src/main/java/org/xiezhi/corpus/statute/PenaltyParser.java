package org.xiezhi.corpus.statute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.model.PenaltyRange;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Reads the statutory penalty tiers stated in one 款 or 项 of the Criminal Law, e.g.
 * 数额巨大的，处三年以上十年以下有期徒刑，并处罚金.
 *
 * <p>Penal-law semantics: 以上/以下 include the number (art. 99); open bounds take the defaults
 * of each type: 有期徒刑 6–180 months (art. 45), 拘役 1–6 (art. 42), 管制 3–24 (art. 38). A
 * tier's {@code minMonths}/{@code maxMonths} span its fixed-term types; they are null when the
 * tier has none (e.g. 处无期徒刑或者死刑).
 */
public final class PenaltyParser {
  /** Deprivation of political rights 剥夺政治权利 as a principal alternative. */
  public static final String DEPRIVATION = "deprivation_of_rights";
  /** 并处罚金. */
  public static final String FINE_MANDATORY = "mandatory";
  /** 并处或者单处罚金, 或者单处罚金, 或者罚金. */
  public static final String FINE_ALTERNATIVE = "alternative";
  /** 可以并处罚金. */
  public static final String FINE_OPTIONAL = "optional";
  /** No fine stated in the tier. */
  public static final String FINE_NONE = "none";

  static final int IMPRISONMENT_MIN = 6;
  static final int IMPRISONMENT_MAX = 180;
  static final int DETENTION_MIN = 1;
  static final int DETENTION_MAX = 6;
  static final int SURVEILLANCE_MIN = 3;
  static final int SURVEILLANCE_MAX = 24;

  private static final String NUM = "([零〇一二三四五六七八九十两]+)(年|个月)";
  private static final Pattern TERM =
      Pattern.compile("^(?:" + NUM + "(以上|以下)?(?:" + NUM + "以下)?)?有期徒刑");
  private static final Pattern FINE_AMOUNT = Pattern.compile("^[^，；。：、]{0,40}?罚金");

  private PenaltyParser() {}

  /** Every tier stated in {@code text}, in order; empty when it states none. */
  public static List<PenaltyRange> parse(String text) {
    List<PenaltyRange> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    int segmentStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '；' || c == '。') {
        segmentStart = i + 1;
        i++;
        continue;
      }
      if (c != '处' || excludedBefore(text, i)) {
        i++;
        continue;
      }
      Tier tier = readList(text, i + 1);
      if (tier == null) {
        i++;
        continue;
      }
      int end = segmentEnd(text, tier.end);
      readFine(text.substring(tier.end, end), tier);
      String condition = condition(text.substring(segmentStart, i));
      String tierText = text.substring(i, end);
      out.add(tier.toRange(condition, tierText));
      i = end;
    }
    return out;
  }

  private static boolean excludedBefore(String text, int i) {
    if (i == 0) {
      return false;
    }
    char p = text.charAt(i - 1);
    if (p == '并' || p == '单') {
      return true;
    }
    return i >= 2 && text.startsWith("被判", i - 2);
  }

  private static String condition(String before) {
    String s = before.strip();
    if (s.endsWith("被判")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("判")) {
      s = s.substring(0, s.length() - 1);
    }
    while (!s.isEmpty() && "，、 ".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? null : s;
  }

  private static int segmentEnd(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '；' || c == '。' || c == '：') {
        return j;
      }
    }
    return text.length();
  }

  /** Reads the list of principal penalties after 处; null when the text there is not one. */
  private static Tier readList(String text, int pos) {
    Tier t = new Tier();
    int p = pos;
    boolean any = false;
    while (p < text.length()) {
      int next = readItem(text, p, t);
      if (next < 0) {
        break;
      }
      any = true;
      p = next;
      if (text.startsWith("、", p)) {
        p += 1;
      } else if (text.startsWith("或者", p)) {
        p += 2;
      } else {
        break;
      }
    }
    if (!any) {
      return null;
    }
    // A list followed by anything but punctuation is a condition (判处死刑缓期执行的), not a tier.
    if (p < text.length() && "，；。：".indexOf(text.charAt(p)) < 0) {
      return null;
    }
    if (t.types.isEmpty() && !t.fineOnly) {
      return null;
    }
    t.end = p;
    return t;
  }

  private static int readItem(String text, int p, Tier t) {
    String rest = text.substring(p, Math.min(text.length(), p + 40));
    Matcher m = TERM.matcher(rest);
    if (m.find()) {
      int min = IMPRISONMENT_MIN;
      int max = IMPRISONMENT_MAX;
      if (m.group(1) != null) {
        int a = months(m.group(1), m.group(2));
        String dir = m.group(3);
        if (m.group(4) != null) {
          min = a;
          max = months(m.group(4), m.group(5));
        } else if ("以上".equals(dir)) {
          min = a;
        } else if ("以下".equals(dir)) {
          max = a;
        } else {
          min = a;
          max = a;
        }
      }
      t.add(Sentence.IMPRISONMENT, min, max);
      return p + m.end();
    }
    if (rest.startsWith("拘役")) {
      t.add(Sentence.DETENTION, DETENTION_MIN, DETENTION_MAX);
      return p + 2;
    }
    if (rest.startsWith("管制")) {
      t.add(Sentence.SURVEILLANCE, SURVEILLANCE_MIN, SURVEILLANCE_MAX);
      return p + 2;
    }
    if (rest.startsWith("无期徒刑")) {
      t.types.add(Sentence.LIFE);
      return p + 4;
    }
    if (rest.startsWith("死刑")) {
      t.types.add(Sentence.DEATH);
      return p + 2;
    }
    if (rest.startsWith("剥夺政治权利")) {
      t.types.add(DEPRIVATION);
      return p + 6;
    }
    if (rest.startsWith("单处罚金")) {
      t.fine = FINE_ALTERNATIVE;
      return p + 4;
    }
    if (rest.startsWith("没收财产")) {
      t.confiscation = true;
      return p + 4;
    }
    Matcher f = FINE_AMOUNT.matcher(rest);
    if (f.find() && !f.group().contains("处") && !f.group().contains("徒刑")) {
      if (t.types.isEmpty()) {
        t.fineOnly = true;
        t.fine = FINE_MANDATORY;
      } else {
        t.fine = FINE_ALTERNATIVE;
      }
      return p + f.end();
    }
    return -1;
  }

  private static int months(String numeral, String unit) {
    int n = (int) ChineseNumerals.parse(numeral);
    return "年".equals(unit) ? n * 12 : n;
  }

  private static void readFine(String after, Tier t) {
    int k = after.indexOf("并处");
    if (k < 0) {
      if (after.contains("单处罚金")) {
        t.fine = FINE_ALTERNATIVE;
      }
      return;
    }
    String tail = after.substring(k);
    boolean optional = k >= 2 && after.startsWith("可以", k - 2);
    if (tail.contains("罚金")) {
      if (tail.startsWith("并处或者单处")) {
        t.fine = optional ? FINE_OPTIONAL : FINE_ALTERNATIVE;
      } else {
        t.fine = optional ? FINE_OPTIONAL : FINE_MANDATORY;
      }
    }
    if (tail.contains("没收财产")) {
      t.confiscation = true;
    }
  }

  private static final class Tier {
    final Set<String> types = new LinkedHashSet<>();
    Integer min;
    Integer max;
    String fine = FINE_NONE;
    boolean confiscation;
    boolean fineOnly;
    int end;

    void add(String type, int lo, int hi) {
      types.add(type);
      min = min == null ? lo : Math.min(min, lo);
      max = max == null ? hi : Math.max(max, hi);
    }

    PenaltyRange toRange(String condition, String text) {
      List<String> ts = new ArrayList<>(types);
      if (ts.isEmpty() && fineOnly) {
        ts.add(Sentence.FINE_ONLY);
      }
      return new PenaltyRange(ts, min, max, fine, confiscation, condition, text);
    }
  }
}
