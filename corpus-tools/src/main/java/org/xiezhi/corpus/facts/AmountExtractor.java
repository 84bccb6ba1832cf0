package org.xiezhi.corpus.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Reads the money amount at stake in a property or fraud case from its facts: a stated total
 * (共计/合计/总计/累计 … 元) when there is one, otherwise the sum of the amounts named as stolen,
 * defrauded or taken (价值/骗取/窃取/盗得/侵占/收受/索取/勒索 … 元).
 */
public final class AmountExtractor {

  /** The amount found and the words that show it. */
  public record Amount(long yuan, String evidence) {}

  private static final String NUM = "([0-9０-９.,，]+(?:万|余万)?|[零〇一二两三四五六七八九十百千万]+)余?";
  private static final Pattern TOTAL =
      Pattern.compile("(共计|合计|总计|累计|总价值|总额|共|总金额)[^，。；]{0,16}?(人民币)?" + NUM + "元");
  private static final Pattern ITEM =
      Pattern.compile("(价值|骗取|窃取|盗得|盗走|侵占|收受|诈骗|骗得|抢走|抢得|劫得|挪用|吸收|索取|勒索|敲诈)[^，。；]{0,12}?(人民币)?" + NUM + "元");

  private AmountExtractor() {}

  /** The amount, or null when the facts name none. */
  public static Amount extract(String facts) {
    if (facts == null || facts.isEmpty()) {
      return null;
    }
    long bestTotal = -1;
    String totalEvidence = null;
    Matcher t = TOTAL.matcher(facts);
    while (t.find()) {
      long v = value(t.group(3));
      if (v > bestTotal) {
        bestTotal = v;
        totalEvidence = CircumstanceDetector.sentenceAround(facts, t.start(), t.end());
      }
    }
    long sum = 0;
    String firstEvidence = null;
    Matcher m = ITEM.matcher(facts);
    while (m.find()) {
      long v = value(m.group(3));
      if (v > 0) {
        sum += v;
        if (firstEvidence == null) {
          firstEvidence = CircumstanceDetector.sentenceAround(facts, m.start(), m.end());
        }
      }
    }
    if (bestTotal > 0 && bestTotal >= sum / 2) {
      return new Amount(bestTotal, totalEvidence);
    }
    if (sum > 0) {
      return new Amount(sum, firstEvidence);
    }
    return bestTotal > 0 ? new Amount(bestTotal, totalEvidence) : null;
  }

  /** The yuan value of a numeral such as 3000, 3,000, 1.2万, 三千, 五万余. */
  public static long value(String raw) {
    String s = raw.replace("余", "").replace(",", "").replace("，", "");
    long mult = 1;
    if (s.endsWith("万") && s.length() > 1 && Character.isDigit(s.charAt(0))) {
      mult = 10_000;
      s = s.substring(0, s.length() - 1);
    }
    StringBuilder ascii = new StringBuilder();
    for (char c : s.toCharArray()) {
      ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    String a = ascii.toString();
    if (!a.isEmpty() && (Character.isDigit(a.charAt(0)))) {
      try {
        return Math.round(Double.parseDouble(a) * mult);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return ChineseNumerals.parse(a);
  }
}
