package org.xiezhi.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A penalty imposed on one defendant, either for one charge or the one finally executed.
 *
 * <p>{@code type} is one of {@link #TYPES}; it may be given in Chinese as well ({@link #CHINESE}:
 * 有期徒刑, 拘役, 管制, 无期徒刑, 死刑缓期二年执行, 死刑, 单处罚金, 免予刑事处罚), and is then held as the
 * English value with the caller's Chinese in {@code typeText}, so it is written back in both.
 * {@code months} is set for the fixed-term types (imprisonment, detention, surveillance) and null
 * otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sentence(
    String type,
    Integer months,
    Integer probationMonths,
    Long fineYuan,
    List<String> additional,
    String typeText) {

  /** Fixed-term imprisonment 有期徒刑. */
  public static final String IMPRISONMENT = "imprisonment";
  /** Criminal detention 拘役. */
  public static final String DETENTION = "detention";
  /** Public surveillance 管制. */
  public static final String SURVEILLANCE = "surveillance";
  /** Life imprisonment 无期徒刑. */
  public static final String LIFE = "life";
  /** Death with a two-year reprieve 死刑缓期二年执行. */
  public static final String DEATH_REPRIEVE = "death_reprieve";
  /** Death 死刑 (immediate execution). */
  public static final String DEATH = "death";
  /** A fine as the only penalty 单处罚金. */
  public static final String FINE_ONLY = "fine_only";
  /** Exempted from criminal punishment 免予刑事处罚. */
  public static final String EXEMPT = "exempt";

  /** Every allowed value of {@code type}. */
  public static final List<String> TYPES =
      List.of(IMPRISONMENT, DETENTION, SURVEILLANCE, LIFE, DEATH_REPRIEVE, DEATH, FINE_ONLY, EXEMPT);

  /** The Chinese name of each value of {@link #TYPES}, in the same order. */
  public static final Map<String, String> CHINESE = chinese();

  /** Chinese spellings accepted beside {@link #CHINESE}: 死缓, 免于刑事处罚. */
  private static final Map<String, String> ALIASES = Map.of("死缓", DEATH_REPRIEVE, "免于刑事处罚", EXEMPT);

  public Sentence {
    additional = additional == null ? List.of() : List.copyOf(additional);
    String english = englishType(type);
    if (english != null && !english.equals(type)) {
      typeText = typeText == null ? type.strip() : typeText;
      type = english;
    }
  }

  /** A sentence whose type is given in English or Chinese. */
  public Sentence(String type, Integer months, Integer probationMonths, Long fineYuan, List<String> additional) {
    this(type, months, probationMonths, fineYuan, additional, null);
  }

  /** The value of {@link #TYPES} that {@code type} names in English or Chinese, or null when none. */
  public static String englishType(String type) {
    if (type == null) {
      return null;
    }
    String t = type.strip();
    if (TYPES.contains(t)) {
      return t;
    }
    for (Map.Entry<String, String> e : CHINESE.entrySet()) {
      if (e.getValue().equals(t)) {
        return e.getKey();
      }
    }
    return ALIASES.get(t);
  }

  /** The allowed values for messages: each English value with its Chinese name. */
  public static String allowedTypes() {
    StringBuilder b = new StringBuilder();
    CHINESE.forEach((en, zh) -> b.append(b.length() == 0 ? "" : ", ").append(en).append(" (").append(zh).append(')'));
    return b.toString();
  }

  private static Map<String, String> chinese() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(IMPRISONMENT, "有期徒刑");
    m.put(DETENTION, "拘役");
    m.put(SURVEILLANCE, "管制");
    m.put(LIFE, "无期徒刑");
    m.put(DEATH_REPRIEVE, "死刑缓期二年执行");
    m.put(DEATH, "死刑");
    m.put(FINE_ONLY, "单处罚金");
    m.put(EXEMPT, "免予刑事处罚");
    return java.util.Collections.unmodifiableMap(m);
  }
}
