package org.xiezhi.corpus.guideline;

import java.util.List;
import java.util.Optional;

/**
 * One sentencing guideline document as data: its title, number, date in force, the crimes it
 * covers, its common circumstances and its combination rules (the supplement has only crimes).
 */
public record Guideline(
    String title, String number, String inForce, List<CrimeRule> crimes, List<CircumstanceRule> circumstances,
    List<CombinationRule> combination) {

  /** The rule for a crime, e.g. 盗窃罪. */
  public Optional<CrimeRule> crime(String name) {
    return crimes.stream().filter(c -> c.crime().equals(name)).findFirst();
  }

  /** The circumstance rule with that code. */
  public Optional<CircumstanceRule> circumstance(String code) {
    return circumstances.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
