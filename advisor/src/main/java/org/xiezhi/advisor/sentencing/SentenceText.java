package org.xiezhi.advisor.sentencing;

import java.util.Locale;
import org.xiezhi.advisor.law.Tiers;
import org.xiezhi.corpus.model.Sentence;

/** Plain-Chinese rendering of a sentence and its length in months for statistics. */
public final class SentenceText {
  private SentenceText() {}

  /** e.g. 有期徒刑3年6个月，缓刑5年，罚金5,000元. */
  public static String of(Sentence s) {
    if (s == null || s.type() == null) {
      return "未知";
    }
    StringBuilder b = new StringBuilder();
    switch (s.type()) {
      case Sentence.IMPRISONMENT -> b.append("有期徒刑").append(len(s.months()));
      case Sentence.DETENTION -> b.append("拘役").append(len(s.months()));
      case Sentence.SURVEILLANCE -> b.append("管制").append(len(s.months()));
      case Sentence.LIFE -> b.append("无期徒刑");
      case Sentence.DEATH_REPRIEVE -> b.append("死刑，缓期二年执行");
      case Sentence.DEATH -> b.append("死刑");
      case Sentence.FINE_ONLY -> b.append("单处罚金");
      case Sentence.EXEMPT -> b.append("免予刑事处罚");
      default -> b.append(s.type());
    }
    if (s.probationMonths() != null && s.probationMonths() > 0) {
      b.append("，缓刑").append(Tiers.months(s.probationMonths()));
    }
    if (s.fineYuan() != null && s.fineYuan() > 0) {
      b.append(String.format(Locale.ROOT, "，罚金%,d元", s.fineYuan()));
    }
    return b.toString();
  }

  private static String len(Integer months) {
    return months == null ? "" : Tiers.months(months);
  }

  /**
   * Months for the distribution: the fixed term of imprisonment, detention or surveillance; 0 for
   * a fine only or exemption; null for life and death (counted apart).
   */
  public static Integer months(Sentence s) {
    if (s == null || s.type() == null) {
      return null;
    }
    return switch (s.type()) {
      case Sentence.IMPRISONMENT, Sentence.DETENTION, Sentence.SURVEILLANCE -> s.months();
      case Sentence.FINE_ONLY, Sentence.EXEMPT -> 0;
      default -> null;
    };
  }
}
