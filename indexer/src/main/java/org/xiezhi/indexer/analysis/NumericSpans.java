package org.xiezhi.indexer.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Finds numbers with their unit (amounts 3000元, 1.5万元, weights 0.5克, terms 三年, 六个月), date
 * parts (2016年 / 10月 / 2日), times (20时) and article references (第二百六十四条之一) so the Chinese
 * analyzer keeps each one as a token, and gives the token text with Chinese numerals written in
 * Arabic digits and thousands separators removed (第二百六十四条 → 第264条, 三年 → 3年, 3,000元 → 3000元).
 */
final class NumericSpans {
  private static final String CN = "[零〇一二两三四五六七八九十百千]";
  private static final String UNIT_ANY =
      "(?:元|美元|港元|个月|年|月|日|号|周岁|岁|千克|公斤|毫克|克|吨|毫升|升|次|人|辆|部|台|张|件|处|名|天|小时|刀|枚|万元)";
  private static final String UNIT_ARABIC = "(?:时|分|米|公里|%|" + UNIT_ANY.substring(3);
  private static final Pattern SPAN =
      Pattern.compile(
          "(?<art>第" + CN + "+条(?:之[一二三四五六七八九十]+)?|第[0-9]+条(?:之[0-9一二三四五六七八九十]+)?"
              + "|第" + CN + "+[款项]|第[0-9]+[款项])"
              + "|(?<cn>" + CN + "+(?:万|亿)?(?:余|多)?" + UNIT_ANY + ")"
              + "|(?<ar>[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?(?:万|亿)?(?:余|多)?" + UNIT_ARABIC + "?)");
  private static final Pattern CN_RUN = Pattern.compile(CN + "+");

  private NumericSpans() {}

  /** Receives a span with its token text. */
  interface Sink {
    void span(int begin, int end, String text, String type);
  }

  /** Reports every numeric span of {@code text}, left to right, not overlapping. */
  static void find(CharSequence text, Sink sink) {
    Matcher m = SPAN.matcher(text);
    while (m.find()) {
      String s = m.group();
      if (m.group("art") != null) {
        sink.span(m.start(), m.end(), arabic(s), "<ARTICLE>");
      } else if (m.group("cn") != null) {
        sink.span(m.start(), m.end(), arabic(s), "<NUM>");
      } else {
        sink.span(m.start(), m.end(), s.replace(",", ""), "<NUM>");
      }
    }
  }

  /** Rewrites every run of Chinese numerals in {@code s} as Arabic digits. */
  static String arabic(String s) {
    Matcher m = CN_RUN.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long v = ChineseNumerals.parse(m.group());
      m.appendReplacement(out, v < 0 ? m.group() : Long.toString(v));
    }
    m.appendTail(out);
    return out.toString();
  }
}
