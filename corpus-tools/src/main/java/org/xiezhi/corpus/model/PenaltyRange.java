package org.xiezhi.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One statutory penalty tier of a 款, e.g. 三年以下有期徒刑、拘役或者管制，并处或者单处罚金.
 *
 * <p>{@code types} uses the values of {@link Sentence#TYPES}; {@code minMonths}/{@code maxMonths}
 * bound the fixed-term part (null when open). {@code fine} is {@code mandatory} (并处),
 * {@code optional} (可以并处), {@code alternative} (并处或者单处 / 单处), or {@code none}.
 * {@code condition} is the text that selects this tier (e.g. 数额巨大或者有其他严重情节的).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PenaltyRange(
    List<String> types,
    Integer minMonths,
    Integer maxMonths,
    String fine,
    boolean confiscation,
    String condition,
    String text) {
  public PenaltyRange {
    types = types == null ? List.of() : List.copyOf(types);
  }
}
