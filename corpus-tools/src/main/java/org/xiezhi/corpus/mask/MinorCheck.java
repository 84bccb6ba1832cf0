package org.xiezhi.corpus.mask;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a defendant was a minor: the judgment says so next to the name (未成年, 未满十八
 * 周岁), or the birth year in the defendant's description is fewer than 18 years before the year of
 * the case number.
 */
final class MinorCheck {
  private static final Pattern BIRTH = Pattern.compile("((?:19|20)\\d{2})年\\d{1,2}月\\d{1,2}日(?:出生|生)");
  private static final Pattern SAID_MINOR = Pattern.compile("未成年|未满十八周岁|不满十八周岁|未满18周岁|不满18周岁");

  private MinorCheck() {}

  static boolean isMinor(String text, String name, int caseYear) {
    int i = text.indexOf("被告人" + name);
    if (i < 0) {
      return false;
    }
    int to = Math.min(text.length(), i + name.length() + 60);
    String description = text.substring(i, to);
    if (SAID_MINOR.matcher(description).find()) {
      return true;
    }
    if (caseYear > 0) {
      Matcher b = BIRTH.matcher(description);
      if (b.find()) {
        return caseYear - Integer.parseInt(b.group(1)) < 18;
      }
    }
    return false;
  }
}
