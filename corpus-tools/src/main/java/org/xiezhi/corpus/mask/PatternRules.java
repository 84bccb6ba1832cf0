package org.xiezhi.corpus.mask;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precompiled regular-expression rules for numbers that identify a person: ID cards, phones,
 * bank accounts, licence plates and certificates. Each rule masks one capturing group (or the
 * whole match) with {@code ×}, one per character; a plate keeps its province and city letter.
 */
final class PatternRules {
  private static final String NB = "(?<![0-9A-Za-z０-９])";
  private static final String NA = "(?![0-9A-Za-z０-９])";
  private static final String NBD = "(?<![0-9０-９])";
  private static final String NAD = "(?![0-9０-９])";

  /** One rule: the pattern, the group to mask (0 = whole match) and the type it reports. */
  private record Rule(Pattern pattern, int group, PiiType type) {}

  private static final List<Rule> RULES =
      List.of(
          // 18-digit ID: area, birth date, sequence, check digit.
          new Rule(
              Pattern.compile(
                  NBD + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
                      + "\\d{3}[0-9Xx]" + NA),
              0,
              PiiType.ID_NUMBER),
          // 15-digit ID (first generation), only next to an ID keyword.
          new Rule(
              Pattern.compile(
                  "(?:身份证|身份号码|公民身份)[^，。；\\d]{0,8}?" + NB
                      + "([1-9]\\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3})" + NA),
              1,
              PiiType.ID_NUMBER),
          // Any other run of 16 to 19 digits: bank card or account.
          new Rule(Pattern.compile(NBD + "\\d{16,21}" + NAD), 0, PiiType.BANK_ACCOUNT),
          // Long number with its tail or head already crossed out: the digits left go too.
          new Rule(
              Pattern.compile(NBD + "(?:\\d{12,}[Xx×*＊]+|[Xx×*＊]{2,}\\d{6,})" + NAD),
              0,
              PiiType.BANK_ACCOUNT),
          // Card number written in groups of four.
          new Rule(
              Pattern.compile(NB + "\\d{4}(?:[ -]\\d{4}){3}(?:[ -]?\\d{1,3})?" + NA),
              0,
              PiiType.BANK_ACCOUNT),
          // Shorter account numbers next to an account keyword.
          new Rule(
              Pattern.compile(
                  "(?:卡号|账号|帐号|账户|帐户|银行卡|存折|借记卡|信用卡)[^，。；\\d]{0,8}?"
                      + NB + "(\\d{8,15})" + NA),
              1,
              PiiType.BANK_ACCOUNT),
          // Mobile number, optionally +86 and separators.
          new Rule(
              Pattern.compile(
                  NBD + "(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}" + NAD), 0, PiiType.PHONE),
          // Partly masked mobile number such as 155××××2296: the remaining digits go too.
          new Rule(
              Pattern.compile(NB + "1[3-9]\\d{1,5}[×＊*Xx]{3,6}\\d{0,4}" + NA), 0, PiiType.PHONE),
          // Landline with area code.
          new Rule(
              Pattern.compile(
                  NB + "(?:[（(]0\\d{2,3}[)）]|0\\d{2,3}[-－—])\\d{7,8}(?:[-－]\\d{1,4})?" + NA),
              0,
              PiiType.PHONE),
          // Bare landline or contact number next to a phone keyword.
          new Rule(
              Pattern.compile(
                  "(?:电话|座机|手机|联系方式|传真|QQ|qq|ＱＱ)(?:号码|号)?[为是：:，]?\\s?"
                      + NB + "(\\d{5,12})" + NA),
              1,
              PiiType.PHONE),
          new Rule(
              Pattern.compile("微信(?:号|账号)[为是：:]?\\s?([A-Za-z][-_A-Za-z0-9]{5,19})" + NA),
              1,
              PiiType.PHONE),
          // Licence plate: province, city letter, optional dot, 5 or 6 characters (some digits).
          new Rule(
              Pattern.compile(
                  "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]"
                      + "[·•．.\\- ]?((?=[A-Z0-9×＊*]{0,5}[0-9])[A-Z0-9×＊*]{5,6}"
                      + "|(?=[A-Z0-9]{0,3}[0-9])[A-Z0-9]{4}(?=[挂学警]))"
                      + NA),
              1,
              PiiType.LICENCE_PLATE),
          // Certificate numbers after the certificate's name.
          new Rule(
              Pattern.compile(
                  "(?:驾驶证|驾照|驾驶执照|护照|房产证|房屋所有权证|不动产权证书?|不动产证|土地使用证"
                      + "|土地证|行驶证|军官证|士兵证|港澳通行证|通行证|户口簿|户口本|社保卡|医保卡"
                      + "|结婚证|离婚证|学生证|工作证|警官证|居住证|暂住证)"
                      + "[^，。；;\\n]{0,15}?" + NB
                      + "([A-Z]{0,3}[0-9]{5,}[A-Z0-9]*)" + NA),
              1,
              PiiType.CERTIFICATE));

  private PatternRules() {}

  /**
   * Adds every span the rules find in {@code original} to {@code out}: the rules match the
   * {@link MatchFolding folded} text (full-width digits and letters as ASCII), the spans and their
   * replacements apply to the original at the same offsets.
   */
  static void find(String original, List<PiiSpan> out) {
    String text = MatchFolding.fold(original);
    // Regular expressions run only in windows around digit runs of 5+ and plate-like letters:
    // scanning every position of a long text with each rule would be far too slow.
    int n = text.length();
    int winStart = -1;
    int winEnd = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int from = Integer.MIN_VALUE;
      int to = -1;
      if (c >= '0' && c <= '9') {
        int j = i;
        int digits = 0;
        while (j < n && isNumberChar(text.charAt(j))) {
          if (Character.isDigit(text.charAt(j))) {
            digits++;
          }
          j++;
        }
        if (digits >= 5) {
          from = i - 24;
          to = j + 2;
        }
        i = j;
      } else {
        if (c >= 'A' && c <= 'Z' && i > 0 && PROVINCES.indexOf(text.charAt(i - 1)) >= 0) {
          from = i - 1;
          to = i + 10;
        }
        i++;
      }
      if (from == Integer.MIN_VALUE) {
        continue;
      }
      from = Math.max(0, from);
      to = Math.min(n, to);
      if (winEnd >= from) {
        winEnd = Math.max(winEnd, to);
      } else {
        if (winStart >= 0) {
          scan(text, original, winStart, winEnd, out);
        }
        winStart = from;
        winEnd = to;
      }
    }
    if (winStart >= 0) {
      scan(text, original, winStart, winEnd, out);
    }
  }

  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
        || c == '-' || c == ' ' || c == '×' || c == '＊' || c == '*';
  }

  private static void scan(String text, String original, int from, int to, List<PiiSpan> out) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      m.region(from, to);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      while (m.find()) {
        int s = m.start(rule.group());
        int e = m.end(rule.group());
        if (e > s) {
          out.add(new PiiSpan(s, e, rule.type(), crosses(original, s, e)));
        }
      }
    }
  }

  /** As many × as the span has characters, keeping separators such as - and spaces. */
  static String crosses(String text, int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      b.append(c == '-' || c == ' ' || c == '·' ? c : '×');
    }
    return b.toString();
  }
}
