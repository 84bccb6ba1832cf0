package org.xiezhi.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One defendant of a judgment: the name as masked, the charges they were convicted of, the penalty
 * per charge and the penalty finally imposed ({@code sentence}; after 数罪并罚 when several).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Defendant(
    String name, List<String> charges, List<ChargeSentence> counts, Sentence sentence) {
  public Defendant {
    charges = charges == null ? List.of() : List.copyOf(charges);
    counts = counts == null ? List.of() : List.copyOf(counts);
  }
}
