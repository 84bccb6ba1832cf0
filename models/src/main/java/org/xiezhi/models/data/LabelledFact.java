package org.xiezhi.models.data;

import java.util.List;

/**
 * One training or test example: a fact description with its charges (CAIL spelling, no trailing
 * 罪), cited Criminal Law article numbers and the prison term of its (first) defendant.
 * {@code termMonths} is 0 when no fixed term was imposed; death and life are flags.
 */
public record LabelledFact(
    String id,
    String fact,
    List<String> charges,
    List<Integer> articles,
    int termMonths,
    boolean death,
    boolean life) {
  public LabelledFact {
    charges = List.copyOf(charges);
    articles = List.copyOf(articles);
  }
}
