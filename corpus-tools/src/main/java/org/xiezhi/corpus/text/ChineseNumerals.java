package org.xiezhi.corpus.text;

/**
 * Parses Chinese numerals as written in statutes and judgments: 二百六十四, 一千零五, 十二, 两,
 * 〇/零, mixed with Arabic or full-width digits (1２3), and 万 (5万 = 50000).
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** True when {@code c} may be part of a numeral this class parses. */
  public static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || unit(c) > 0;
  }

  /**
   * The value of {@code s}, or -1 when it is empty or holds a character that is not part of a
   * numeral.
   */
  public static long parse(CharSequence s) {
    if (s == null || s.length() == 0) {
      return -1;
    }
    long yi = 0; // value of the completed 亿 group
    long wan = 0; // value of the completed 万 group below 亿
    long section = 0; // value below 万
    long number = -1; // pending digit run
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        number = (number < 0 ? 0 : number) * 10 + d;
        any = true;
        continue;
      }
      long u = unit(c);
      if (u <= 0) {
        return -1;
      }
      any = true;
      if (u == 100_000_000) {
        long v = wan + section + Math.max(number, 0);
        yi = (v == 0 ? 1 : v) * u;
        wan = 0;
        section = 0;
      } else if (u == 10_000) {
        long v = section + Math.max(number, 0);
        wan = (v == 0 ? 1 : v) * u;
        section = 0;
      } else {
        section += (number < 0 ? 1 : number) * u;
      }
      number = -1;
    }
    if (!any) {
      return -1;
    }
    return yi + wan + section + Math.max(number, 0);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    switch (c) {
      case '零': case '〇': case 'Ｏ': return 0;
      case '一': case '壹': return 1;
      case '二': case '两': case '贰': return 2;
      case '三': case '叁': return 3;
      case '四': case '肆': return 4;
      case '五': case '伍': return 5;
      case '六': case '陆': return 6;
      case '七': case '柒': return 7;
      case '八': case '捌': return 8;
      case '九': case '玖': return 9;
      default: return -1;
    }
  }

  private static long unit(char c) {
    switch (c) {
      case '十': case '拾': return 10;
      case '百': case '佰': return 100;
      case '千': case '仟': return 1000;
      case '万': case '萬': return 10_000;
      case '亿': return 100_000_000;
      default: return 0;
    }
  }
}
