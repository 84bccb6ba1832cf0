package org.xiezhi.corpus.model;

/**
 * A {@link Sentence} in Chinese words (有期徒刑3年6个月，缓刑2年，罚金5000元) and its length in
 * months for statistics: the one rendering that search hits, similar cases and the advisor show.
 */
public final class SentenceWords {
  private SentenceWords() {}

  /** The penalty in words; {@code 未载明} when unknown. */
  public static String of(Sentence s) {
    if (s == null || s.type() == null) {
      return "未载明";
    }
    StringBuilder b = new StringBuilder();
    switch (s.type()) {
      case Sentence.IMPRISONMENT -> b.append("有期徒刑").append(length(s.months()));
      case Sentence.DETENTION -> b.append("拘役").append(length(s.months()));
      case Sentence.SURVEILLANCE -> b.append("管制").append(length(s.months()));
      case Sentence.LIFE -> b.append("无期徒刑");
      case Sentence.DEATH_REPRIEVE -> b.append("死刑缓期二年执行");
      case Sentence.DEATH -> b.append("死刑");
      case Sentence.FINE_ONLY -> b.append("单处罚金");
      case Sentence.EXEMPT -> b.append("免予刑事处罚");
      default -> b.append(s.type());
    }
    if (s.probationMonths() != null) {
      b.append("，缓刑").append(length(s.probationMonths()));
    }
    if (s.fineYuan() != null) {
      b.append("，罚金").append(s.fineYuan()).append("元");
    }
    for (String a : s.additional()) {
      b.append("，").append(a);
    }
    return b.toString();
  }

  /**
   * Months for a distribution: the fixed term of imprisonment, detention or surveillance; 0 for a
   * fine only or exemption; null for life and death (counted apart) and an unknown sentence.
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

  /** A term such as 3年6个月 (0个月 for none; empty when unknown). */
  private static String length(Integer m) {
    if (m == null) {
      return "";
    }
    int y = m / 12;
    int r = m % 12;
    return (y > 0 ? y + "年" : "") + (r > 0 ? r + "个月" : "") + (m == 0 ? "0个月" : "");
  }
}
