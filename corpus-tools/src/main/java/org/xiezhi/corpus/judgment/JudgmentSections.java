package org.xiezhi.corpus.judgment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Locates the parts of a criminal judgment's full text: heading (court, document type, case
 * number), facts found, the court's reasoning, the result, the date, and the appendix of cited
 * statute texts (which is never read as a citation).
 */
final class JudgmentSections {
  private static final Pattern COURT =
      Pattern.compile("([\\p{IsHan}（）()]{2,40}?(?:人民法院|法院|法庭))");
  private static final Pattern CASE_NUMBER =
      Pattern.compile(
          "[（(〔\\[［]\\s*(?:19|20)\\d{2}\\s*[）)〕\\]］]\\s*"
              + "(?:[^\\s，,。；;：:（(]|[（(][^\\s（()）]{1,3}[）)]){1,30}?号(?:之[一二三四五六七八九十]+)?");
  private static final Pattern DOC_TYPE =
      Pattern.compile("刑事附带民事(?:判决|裁定|调解)书|刑事(?:判决|裁定|调解|决定)书");
  private static final Pattern FACTS_START =
      Pattern.compile(
          "经审理查明|本院审理查明|经本院审理查明|经审理[，,]\\s*本院查明|本院经审理查明|经审理认定|经审理查实|经二审审理查明|"
              + "二审审理查明|本院二审查明|经重审查明|经再审查明|再审查明|本院查明");
  private static final Pattern REASONING_START = Pattern.compile("本院认为");
  private static final Pattern RESULT_START =
      Pattern.compile("(?:判决|裁定|判处|决定)如下\\s*[：:]?");
  private static final Pattern RESULT_END =
      Pattern.compile("审\\s*判\\s*长|代理审判员|审\\s*判\\s*员|人民陪审员");
  private static final Pattern APPENDIX =
      Pattern.compile(
          "附(?![带加])\\s*[：:]?\\s*(?:本判决|本裁定|本案|相关|判决|裁判)?[^。；]{0,12}?(?:法律条文|法律条款|法条|法律规定|法律依据|条文)");
  private static final Pattern CN_DATE =
      Pattern.compile(
          "([〇○零Ｏ0OＯΟ一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
  private static final Pattern ARABIC_DATE =
      Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

  private JudgmentSections() {}

  /** Normalises whitespace (full-width and no-break spaces to plain, runs collapsed) and trims. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replace('\u3000', ' ').replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ");
    t = t.replaceAll(" *\\n+ *", "\n").strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * The judgment without what follows its signatures: up to the date that closes the signature block
   * (审判长 … 二〇一八年十二月二十日) after the result; else the text before an appendix of statute texts
   * (附：相关法律条文 …) in its second half; else the whole text.
   */
  static String body(String full) {
    Matcher reason = REASONING_START.matcher(full);
    Matcher decision = RESULT_START.matcher(full);
    if (decision.find(reason.find() ? reason.start() : 0)) {
      Matcher sig = RESULT_END.matcher(full);
      if (sig.find(decision.end())) {
        Matcher d = CN_DATE.matcher(full);
        if (d.find(sig.start()) && d.start() - sig.start() < 200) {
          return full.substring(0, d.end());
        }
      }
    }
    Matcher m = APPENDIX.matcher(full);
    int cut = full.length();
    while (m.find()) {
      // An appendix follows the signatures: accept a match in the last part of the text only.
      if (m.start() > full.length() / 2) {
        cut = m.start();
        break;
      }
    }
    return full.substring(0, cut);
  }

  static String court(String head) {
    Matcher m = COURT.matcher(head);
    return m.find() ? m.group(1).replaceAll("^[^\\p{IsHan}]+", "") : null;
  }

  static String caseNumber(String head) {
    Matcher m = CASE_NUMBER.matcher(head);
    if (!m.find()) {
      return null;
    }
    String n = m.group().replaceAll("\\s+", "");
    // One bracket style: the year always in full-width parentheses, as courts write it today.
    int close = n.indexOf(n.charAt(0) == '(' ? ')' : n.charAt(0) == '（' ? '）'
        : n.charAt(0) == '〔' ? '〕' : n.charAt(0) == '[' ? ']' : '］');
    return "（" + n.substring(1, close) + "）" + n.substring(close + 1).replace('(', '（').replace(')', '）');
  }

  /** The document type written after the court name (a heading may repeat the title before it). */
  static String documentType(String head, String court) {
    int from = court == null ? -1 : head.indexOf(court);
    Matcher m = DOC_TYPE.matcher(head);
    if (from >= 0 && m.find(from + court.length())) {
      return m.group();
    }
    return m.find(0) ? m.group() : null;
  }

  /** The facts found by the court, from 经审理查明 (or a variant) up to 本院认为; null when absent. */
  static String factsFound(String text) {
    if (text == null) {
      return null;
    }
    Matcher s = FACTS_START.matcher(text);
    if (!s.find()) {
      return null;
    }
    Matcher e = REASONING_START.matcher(text);
    int end = e.find(s.end()) ? e.start() : text.length();
    String f = text.substring(s.start(), end).strip();
    return f.length() < 8 ? null : f;
  }

  /** The reasoning, from 本院认为 up to and including 判决如下; null when absent. */
  static String reasoning(String body) {
    Matcher s = REASONING_START.matcher(body);
    int start = -1;
    while (s.find()) {
      start = s.start();
      Matcher r = RESULT_START.matcher(body);
      if (r.find(start)) {
        return body.substring(start, r.end()).strip();
      }
    }
    return start < 0 ? null : body.substring(start).strip();
  }

  private static final Pattern DECISION = Pattern.compile("(?:判决|裁定)如下");

  /**
   * The legal basis of the decision: the sentence ending in 判决如下 (依照《刑法》第…条之规定，判决如下), or
   * the two sentences before it when that one cites nothing; the whole reasoning when there is no
   * 判决如下. Provisions the court only discusses (不符合刑法第三十七条…) are not its legal basis.
   */
  static String legalBasis(String reasoning) {
    if (reasoning == null) {
      return null;
    }
    Matcher d = DECISION.matcher(reasoning);
    int at = -1;
    while (d.find()) {
      at = d.start();
    }
    if (at < 0) {
      return reasoning;
    }
    int start = reasoning.lastIndexOf('。', at - 1) + 1;
    String sentence = reasoning.substring(start, at);
    if (sentence.contains("第") && sentence.contains("条")) {
      return sentence;
    }
    int prev = start >= 2 ? reasoning.lastIndexOf('。', start - 2) + 1 : 0;
    int prev2 = prev >= 2 ? reasoning.lastIndexOf('。', prev - 2) + 1 : 0;
    String before = reasoning.substring(prev2, at);
    return before.contains("第") && before.contains("条") ? before : reasoning;
  }

  /** The result, after 判决如下 up to the signatures; null when absent. */
  static String result(String body) {
    Matcher r = RESULT_START.matcher(body);
    int start = -1;
    int from = 0;
    Matcher reason = REASONING_START.matcher(body);
    if (reason.find()) {
      from = reason.start();
    }
    if (r.find(from)) {
      start = r.end();
    } else if (r.find(0)) {
      start = r.end();
    }
    if (start < 0) {
      return null;
    }
    Matcher e = RESULT_END.matcher(body);
    int end = e.find(start) ? e.start() : body.length();
    String res = body.substring(start, end).strip();
    return res.isEmpty() ? null : res;
  }

  /** The judgment date (ISO yyyy-MM-dd): the last date written in Chinese numerals, else Arabic. */
  static String date(String body) {
    String found = null;
    Matcher m = CN_DATE.matcher(body);
    while (m.find()) {
      String iso = iso(m.group(1), m.group(2), m.group(3));
      if (iso != null) {
        found = iso;
      }
    }
    if (found != null) {
      return found;
    }
    Matcher e = RESULT_END.matcher(body);
    int from = e.find() ? e.start() : Math.max(0, body.length() - 200);
    Matcher a = ARABIC_DATE.matcher(body);
    while (a.find(from)) {
      String iso = iso(a.group(1), a.group(2), a.group(3));
      if (iso != null) {
        found = iso;
      }
      from = a.end();
    }
    return found;
  }

  private static String iso(String y, String mo, String d) {
    StringBuilder ys = new StringBuilder();
    for (char c : y.toCharArray()) {
      long v = ChineseNumerals.parse(String.valueOf(c == 'O' || c == 'Ｏ' || c == '○' || c == 'Ο' ? '〇' : c));
      if (v < 0 || v > 9) {
        return null;
      }
      ys.append(v);
    }
    int year = Integer.parseInt(ys.toString());
    long month = ChineseNumerals.parse(mo);
    long day = ChineseNumerals.parse(d);
    if (year < 1979 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }
}
