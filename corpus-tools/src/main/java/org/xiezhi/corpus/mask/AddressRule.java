package org.xiezhi.corpus.mask;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks a home address after a person's description (住…, 家住…, 户籍地…): the province, city and
 * county (district, banner) levels stay, everything below them (town, village, street, house
 * number) is replaced with ×.
 */
final class AddressRule {
  /** The address keyword, preceded by a clause boundary; group 1 is the address itself. */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:^|[，,。；;：:\\s（(])(?:家住|现住|暂住|户籍地|户籍所在地|户籍|住址|家庭住址|居住地|居住|住所|住)"
              + "(?:地址)?(?:[：:为是在于])?\\s?"
              + "([^，,。；;、（()）\\s]{2,60})");

  /** One administrative unit at county level or above. */
  private static final Pattern UNIT =
      Pattern.compile(
          "[^省市县区旗镇乡村街路道巷弄号组栋楼室社园厂场屯庄]{1,9}?"
              + "(?:省|自治区|特别行政区|市|自治州|地区|盟|自治县|县|自治旗|旗|区)");

  /** Address text starts that are not an address (住院, 住宿 ...). */
  private static final String NOT_ADDRESS_START = "院宿处房手过了着下所店户地";

  private AddressRule() {}

  /** Adds the masked part of every home address in {@code text} to {@code out}. */
  static void find(String text, List<PiiSpan> out) {
    if (text.indexOf('住') < 0 && text.indexOf("户籍") < 0) {
      return;
    }
    Matcher m = ADDRESS.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    Matcher unit = UNIT.matcher(text);
    int done = 0;
    int n = text.length();
    for (int p = 0; p < n; p++) {
      char c = text.charAt(p);
      if (c != '住' && c != '户' || p < done) {
        continue;
      }
      // The regex runs only in a window around 住 or 户: scanning all positions is too slow.
      m.region(Math.max(done, p - 4), Math.min(n, p + 72));
      if (!m.find()) {
        continue;
      }
      int s = m.start(1);
      int e = m.end(1);
      done = e;
      if (NOT_ADDRESS_START.indexOf(text.charAt(s)) >= 0) {
        continue;
      }
      int keep = s;
      unit.region(s, e);
      while (unit.lookingAt()) {
        keep = unit.end();
        unit.region(keep, e);
      }
      if (keep == s && !startsLikeLocalAddress(text, s, e)) {
        continue;
      }
      if (e > keep) {
        out.add(new PiiSpan(keep, e, PiiType.ADDRESS, PatternRules.crosses(text, keep, e)));
      }
    }
  }

  /** With no county-level unit first, the address must show a lower-level unit to count. */
  private static boolean startsLikeLocalAddress(String text, int s, int e) {
    for (int i = s; i < e && i < s + 14; i++) {
      char c = text.charAt(i);
      if ("镇乡村街路道巷弄号组栋楼室屯".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
