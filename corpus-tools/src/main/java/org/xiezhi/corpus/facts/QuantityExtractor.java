package org.xiezhi.corpus.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Reads the counts, injury grade, injured persons, drug weight and blood alcohol of a fact text,
 * each with its evidence: the largest count of acts, the gravest injury not negated, the grams of
 * 海洛因/甲基苯丙胺 summed, the highest blood-alcohol reading.
 */
public final class QuantityExtractor {
  private static final String NUM = "([0-9]+|[一二两三四五六七八九十]+)";
  private static final Pattern COUNT = Pattern.compile(
      "(盗窃|扒窃|诈骗|抢夺|敲诈勒索|抢劫|作案|容留|贩卖|寻衅滋事|殴打|先后|共|累计|多次)[^，。；0-9]{0,6}?" + NUM + "次");
  private static final Pattern INJURY = Pattern.compile("(轻微伤|轻伤|重伤)(一级|二级)?");
  private static final Pattern VICTIMS = Pattern.compile("致" + NUM + "人(轻伤|重伤|轻微伤|死亡)");
  private static final Pattern DEATH = Pattern.compile("(致|造成)[^，。；]{0,10}死亡|经抢救无效死亡|当场死亡");
  private static final Pattern DRUG = Pattern.compile(
      "(海洛因|甲基苯丙胺|冰毒|麻古)[^，。；]{0,24}?(净重|重|共计|合计|计)?[约]?([0-9]+(?:\\.[0-9]+)?)\\s*(千克|公斤|克|g)");
  private static final Pattern BAC = Pattern.compile(
      "([0-9]+(?:\\.[0-9]+)?)\\s*(mg|毫克|ｍｇ)\\s*/\\s*100\\s*(ml|mL|ML|毫升|ｍｌ)");
  private static final Pattern NEGATED = Pattern.compile("(未达|不构成|未构成|不属|尚未|未)[^，。；]{0,4}$");

  private QuantityExtractor() {}

  /** Every quantity found (at most one per kind). */
  public static List<Quantity> extract(String text) {
    List<Quantity> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Quantity count = null;
    Matcher c = COUNT.matcher(text);
    while (c.find()) {
      long n = number(c.group(2));
      if (n > 0 && n < 1000 && (count == null || n > count.value())) {
        count = q(Quantity.COUNT, n, n + "次", text, c);
      }
    }
    add(out, count);
    Quantity injury = null;
    Matcher i = INJURY.matcher(text);
    while (i.find()) {
      if (negated(text, i.start())) {
        continue;
      }
      int sev = switch (i.group(1)) {
        case "轻微伤" -> 1;
        case "轻伤" -> "一级".equals(i.group(2)) ? 3 : 2;
        default -> "一级".equals(i.group(2)) ? 5 : 4;
      };
      String label = i.group(1) + (i.group(2) == null ? (sev == 1 ? "" : "") : i.group(2));
      if (injury == null || sev > injury.value()) {
        injury = q(Quantity.INJURY, sev, label, text, i);
      }
    }
    Matcher d = DEATH.matcher(text);
    if (d.find()) {
      injury = q(Quantity.INJURY, 6, "死亡", text, d);
    }
    add(out, injury);
    Matcher v = VICTIMS.matcher(text);
    Quantity victims = null;
    while (v.find()) {
      long n = number(v.group(1));
      if (n > 1 && (victims == null || n > victims.value())) {
        victims = q(Quantity.VICTIMS, n, n + "人" + v.group(2), text, v);
      }
    }
    add(out, victims);
    double grams = 0;
    Matcher g = DRUG.matcher(text);
    Matcher first = null;
    int s0 = -1;
    int e0 = -1;
    while (g.find()) {
      double x = Double.parseDouble(g.group(3));
      String unit = g.group(4);
      grams += "千克".equals(unit) || "公斤".equals(unit) ? x * 1000 : x;
      if (s0 < 0) {
        s0 = g.start();
        e0 = g.end();
      }
    }
    if (grams > 0) {
      out.add(new Quantity(Quantity.DRUG_GRAMS, grams, String.format(Locale.ROOT, "%.2f克", grams),
          CircumstanceDetector.sentenceAround(text, s0, e0), s0, e0));
    }
    Quantity bac = null;
    Matcher b = BAC.matcher(text);
    while (b.find()) {
      double x = Double.parseDouble(b.group(1));
      if (x >= 1 && x < 1000 && (bac == null || x > bac.value())) {
        bac = q(Quantity.BAC, x, b.group(1) + "mg/100ml", text, b);
      }
    }
    add(out, bac);
    return out;
  }

  /** The quantity of that kind, or null. */
  public static Quantity of(List<Quantity> qs, String kind) {
    return qs.stream().filter(x -> x.kind().equals(kind)).findFirst().orElse(null);
  }

  private static void add(List<Quantity> out, Quantity q) {
    if (q != null) {
      out.add(q);
    }
  }

  private static Quantity q(String kind, double v, String label, String text, Matcher m) {
    return new Quantity(kind, v, label, CircumstanceDetector.sentenceAround(text, m.start(), m.end()), m.start(), m.end());
  }

  private static boolean negated(String text, int start) {
    return NEGATED.matcher(text.substring(Math.max(0, start - 6), start)).find();
  }

  private static long number(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Long.parseLong(s);
    }
    return ChineseNumerals.parse(s.replace('两', '二'));
  }
}
