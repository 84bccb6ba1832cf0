package org.xiezhi.advisor.sentencing.guideline;

import java.util.Locale;
import java.util.Map;

/**
 * The money thresholds the guideline's tiers refer to (数额较大 / 巨大 / 特别巨大 起点), with the
 * provision that sets them. Where the provision gives a national range within which each province
 * fixes its own figure, {@code low} and {@code high} are its ends and the caller picks one
 * ({@link Standard}); the default is the low end.
 */
public final class AmountStandards {

  /** Which end of a national range to use. */
  public enum Standard {
    LOW, HIGH;

    /** Parses {@code low}/{@code high} (any case); null or blank gives LOW. */
    public static Standard parse(String s) {
      if (s == null || s.isBlank()) {
        return LOW;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "low" -> LOW;
        case "high" -> HIGH;
        default -> throw new IllegalArgumentException("amountStandard: must be low or high");
      };
    }
  }

  /** Thresholds of one crime: lows and highs of the three levels (yuan) and the provision. */
  public record Thresholds(long[] low, long[] high, String provision) {
    /** The three thresholds under the standard. */
    public long[] pick(Standard s) {
      return s == Standard.HIGH ? high : low;
    }

    /** True when the provision leaves a range to the provinces. */
    public boolean varies() {
      return !java.util.Arrays.equals(low, high);
    }
  }

  private static final Map<String, Thresholds> BY_CRIME = Map.ofEntries(
      Map.entry("盗窃罪", new Thresholds(new long[] {1_000, 30_000, 300_000}, new long[] {3_000, 100_000, 500_000},
          "《最高人民法院 最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》（法释〔2013〕8号）第一条")),
      Map.entry("诈骗罪", new Thresholds(new long[] {3_000, 30_000, 500_000}, new long[] {10_000, 100_000, 500_000},
          "《最高人民法院 最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释》（法释〔2011〕7号）第一条")),
      Map.entry("抢夺罪", new Thresholds(new long[] {1_000, 30_000, 200_000}, new long[] {3_000, 80_000, 400_000},
          "《最高人民法院 最高人民检察院关于办理抢夺刑事案件适用法律若干问题的解释》（法释〔2013〕25号）第一条")),
      Map.entry("敲诈勒索罪", new Thresholds(new long[] {2_000, 30_000, 300_000}, new long[] {5_000, 100_000, 500_000},
          "《最高人民法院 最高人民检察院关于办理敲诈勒索刑事案件适用法律若干问题的解释》（法释〔2013〕10号）第一条")),
      Map.entry("职务侵占罪", new Thresholds(new long[] {30_000, 1_000_000, 15_000_000}, new long[] {60_000, 1_000_000, 15_000_000},
          "《最高人民法院 最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释》（法释〔2016〕9号）第十一条第一款（数额较大六万元）；"
              + "《最高人民检察院 公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）》（2022年）第七十六条（三万元）")),
      Map.entry("合同诈骗罪", new Thresholds(new long[] {20_000, 200_000, 2_000_000}, new long[] {20_000, 200_000, 2_000_000},
          "《最高人民检察院 公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）》（2022年）第六十九条（数额较大二万元）；"
              + "数额巨大、特别巨大无全国统一标准，本系统默认二十万元、二百万元")),
      Map.entry("信用卡诈骗罪", new Thresholds(new long[] {5_000, 50_000, 500_000}, new long[] {5_000, 50_000, 500_000},
          "《最高人民法院 最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》（法释〔2018〕19号修正）第五条（恶意透支适用第八条的五万、五十万、五百万元）")),
      Map.entry("集资诈骗罪", new Thresholds(new long[] {100_000, 1_000_000, 1_000_000}, new long[] {100_000, 1_000_000, 1_000_000},
          "《最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释》（法释〔2022〕5号）第八条")),
      Map.entry("非法吸收公众存款罪", new Thresholds(new long[] {1_000_000, 5_000_000, 50_000_000},
          new long[] {1_000_000, 5_000_000, 50_000_000},
          "《最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释》（法释〔2022〕5号）第三条、第五条、第六条")));

  /** Credit-card overdraft thresholds (法释〔2018〕19号 第八条). */
  static final Thresholds OVERDRAFT = new Thresholds(new long[] {50_000, 500_000, 5_000_000},
      new long[] {50_000, 500_000, 5_000_000},
      "《最高人民法院 最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》（法释〔2018〕19号修正）第八条");

  private AmountStandards() {}

  /** The thresholds of a crime, or null when its tiers are not set by amounts. */
  public static Thresholds of(String crime) {
    return BY_CRIME.get(crime);
  }
}
