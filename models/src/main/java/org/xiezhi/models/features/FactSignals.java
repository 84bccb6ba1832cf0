package org.xiezhi.models.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentencing signals read from a fact description: the largest money amount (数额) and drug weight
 * as log-scale buckets, and circumstance words (自首, 累犯, 未遂, 谅解 …). Each becomes one named
 * feature for the term model.
 */
public final class FactSignals {
  private static final Pattern MONEY =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(万元|万|元)");
  private static final Pattern GRAMS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(千克|公斤|克)");
  private static final String[] CIRCUMSTANCES = {
    "自首", "坦白", "如实供述", "累犯", "前科", "未遂", "中止", "从犯", "主犯", "谅解", "赔偿", "退赃", "退赔",
    "立功", "轻伤", "重伤", "死亡", "轻微伤", "数额巨大", "数额特别巨大", "情节严重", "情节特别严重", "缓刑", "未成年",
    "酒精含量", "逃逸", "持刀", "入户", "多次", "既遂", "毒品", "海洛因", "甲基苯丙胺", "冰毒", "醉酒", "刑满释放",
    "致人死亡", "伤残", "十级", "九级", "八级", "七级", "轻伤一级", "轻伤二级", "重伤二级", "重伤一级", "抢劫", "持械"
  };

  private FactSignals() {}

  /** The signal names of {@code fact}. */
  public static List<String> of(String fact) {
    List<String> out = new ArrayList<>();
    if (fact == null) {
      return out;
    }
    double money = 0;
    Matcher m = MONEY.matcher(fact);
    while (m.find()) {
      double v = parse(m.group(1));
      if (m.group(2).startsWith("万")) {
        v *= 10_000;
      }
      money = Math.max(money, v);
    }
    out.add("AMT:" + bucket(money));
    double grams = 0;
    Matcher g = GRAMS.matcher(fact);
    while (g.find()) {
      double v = parse(g.group(1));
      if (!g.group(2).equals("克")) {
        v *= 1000;
      }
      grams = Math.max(grams, v);
    }
    out.add("G:" + bucket(grams));
    for (String c : CIRCUMSTANCES) {
      if (fact.contains(c)) {
        out.add("CIR:" + c);
      }
    }
    out.add("LEN:" + bucket(fact.length()));
    return out;
  }

  private static String bucket(double v) {
    if (v <= 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%d", (int) Math.round(Math.log(v + 1) / Math.log(2) / 1.5));
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
