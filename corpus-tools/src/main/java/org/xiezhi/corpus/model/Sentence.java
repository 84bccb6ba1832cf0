package org.xiezhi.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A penalty imposed on one defendant, either for one charge or the one finally executed.
 *
 * <p>{@code type} is one of {@link #TYPES}; {@code months} is set for the fixed-term types
 * (imprisonment, detention, surveillance) and null otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sentence(
    String type,
    Integer months,
    Integer probationMonths,
    Long fineYuan,
    List<String> additional) {

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

  public Sentence {
    additional = additional == null ? List.of() : List.copyOf(additional);
  }
}
