package org.xiezhi.corpus.judgment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Reads one penalty clause of a judgment's result, e.g. {@code 判处有期徒刑一年六个月，缓刑二年，并处罚金人民币
 * 五千元}: the principal penalty (a value of {@link Sentence#TYPES}) with its months, the probation
 * months, the fine in yuan and the additional penalties.
 *
 * <p>Additional penalties are written as {@code 剥夺政治权利终身}, {@code 剥夺政治权利N个月},
 * {@code 没收个人全部财产}, {@code 没收个人财产N元}, {@code 驱逐出境}.
 */
public final class PenaltyParser {
  private static final String N = "[零〇一二两三四五六七八九十百\\d]+";
  /** A duration: 三年, 一年零六个月, 六个月, 1年6个月. */
  static final String DURATION = "(?:(" + N + ")年(?:[零又]?(" + N + ")个?月)?|(" + N + ")个?月)";
  private static final Pattern DEATH_REPRIEVE = Pattern.compile("死刑[，,\\s]*缓期(?:二|两|2)年执行");
  private static final Pattern DEATH = Pattern.compile("死刑");
  private static final Pattern LIFE = Pattern.compile("无期徒刑");
  private static final Pattern IMPRISONMENT = Pattern.compile("(?:有期徒刑|有期徒|(?<!有)期徒刑)\\s*" + DURATION);
  private static final Pattern DETENTION = Pattern.compile("拘役\\s*" + DURATION);
  private static final Pattern SURVEILLANCE = Pattern.compile("管制\\s*" + DURATION);
  private static final Pattern EXEMPT = Pattern.compile("免[予于除]刑事处罚|免予刑事处分|免[予于除]处罚");
  private static final Pattern PROBATION = Pattern.compile("缓刑\\s*" + DURATION);
  private static final Pattern FINE =
      Pattern.compile("罚金(?:人民币)?\\s*([\\d.,，]+\\s*万?|[零〇一二两三四五六七八九十百千万亿\\d.]+)\\s*元");
  private static final Pattern FINE_ONLY = Pattern.compile("单处罚金|判处罚金|处罚金");
  private static final Pattern POLITICAL =
      Pattern.compile("剥夺政治权利\\s*(终身|" + DURATION + ")");
  private static final Pattern CONFISCATE_ALL = Pattern.compile("没收(?:个人)?全部(?:个人)?财产");
  private static final Pattern CONFISCATE_SOME =
      Pattern.compile("没收(?:个人)?财产(?:人民币)?\\s*([\\d.,，]+\\s*万?|[零〇一二两三四五六七八九十百千万亿\\d.]+)\\s*元");
  private static final Pattern DEPORT = Pattern.compile("驱逐出境");

  private PenaltyParser() {}

  /** The penalty stated in {@code clause}, or null when it states no principal penalty. */
  public static Sentence parse(String clause) {
    if (clause == null || clause.isEmpty()) {
      return null;
    }
    String type = null;
    Integer months = null;
    int best = Integer.MAX_VALUE;
    Matcher m = DEATH_REPRIEVE.matcher(clause);
    if (m.find()) {
      best = m.start();
      type = Sentence.DEATH_REPRIEVE;
    }
    m = DEATH.matcher(clause);
    if (m.find() && m.start() < best) {
      best = m.start();
      type = Sentence.DEATH;
    }
    m = LIFE.matcher(clause);
    if (m.find() && m.start() < best) {
      best = m.start();
      type = Sentence.LIFE;
    }
    for (Object[] fixed :
        new Object[][] {
          {IMPRISONMENT, Sentence.IMPRISONMENT},
          {DETENTION, Sentence.DETENTION},
          {SURVEILLANCE, Sentence.SURVEILLANCE}
        }) {
      m = ((Pattern) fixed[0]).matcher(clause);
      if (m.find() && m.start() < best) {
        Integer mo = months(m, 1);
        if (mo != null) {
          best = m.start();
          type = (String) fixed[1];
          months = mo;
        }
      }
    }
    m = EXEMPT.matcher(clause);
    if (m.find() && m.start() < best) {
      best = m.start();
      type = Sentence.EXEMPT;
      months = null;
    }
    Long fine = fine(clause);
    if (type == null && fine != null && FINE_ONLY.matcher(clause).find()) {
      type = Sentence.FINE_ONLY;
    }
    if (type == null) {
      return null;
    }
    Integer probation = null;
    m = PROBATION.matcher(clause);
    if (m.find()) {
      probation = months(m, 1);
    }
    return new Sentence(type, months, probation, fine, additional(clause));
  }

  /** The first fine in {@code clause} in yuan, or null. */
  public static Long fine(String clause) {
    Matcher m = FINE.matcher(clause);
    return m.find() ? yuan(m.group(1)) : null;
  }

  /** The additional penalties stated in {@code clause}. */
  public static List<String> additional(String clause) {
    List<String> out = new ArrayList<>();
    Matcher m = POLITICAL.matcher(clause);
    if (m.find()) {
      if ("终身".equals(m.group(1))) {
        out.add("剥夺政治权利终身");
      } else {
        Integer mo = months(m, 2);
        out.add(mo == null ? "剥夺政治权利" : "剥夺政治权利" + mo + "个月");
      }
    }
    if (CONFISCATE_ALL.matcher(clause).find()) {
      out.add("没收个人全部财产");
    } else {
      m = CONFISCATE_SOME.matcher(clause);
      if (m.find()) {
        Long y = yuan(m.group(1));
        out.add(y == null ? "没收个人财产" : "没收个人财产" + y + "元");
      }
    }
    if (DEPORT.matcher(clause).find()) {
      out.add("驱逐出境");
    }
    return out;
  }

  /** Months of the duration whose three groups start at {@code g}: years, months, or months alone. */
  static Integer months(Matcher m, int g) {
    long years = m.group(g) == null ? 0 : ChineseNumerals.parse(m.group(g));
    long mon = m.group(g + 1) != null ? ChineseNumerals.parse(m.group(g + 1))
        : m.group(g + 2) != null ? ChineseNumerals.parse(m.group(g + 2)) : 0;
    if (years < 0 || mon < 0 || years > 100 || mon > 600) {
      return null;
    }
    long total = years * 12 + mon;
    return total == 0 ? null : (int) total;
  }

  /** An amount such as 五千, 5000, 1.5万, 2,000, 一万七千 in yuan, or null. */
  static Long yuan(String amount) {
    String s = amount.replaceAll("[\\s,，]", "");
    boolean wan = s.endsWith("万") && s.matches("[\\d.]+万");
    if (wan) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.matches("\\d+(\\.\\d+)?")) {
      BigDecimal v = new BigDecimal(s);
      if (wan) {
        v = v.multiply(BigDecimal.valueOf(10_000));
      }
      return v.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
    if (s.contains(".")) {
      return null;
    }
    long v = ChineseNumerals.parse(s);
    return v < 0 ? null : v;
  }
}
