package org.xiezhi.advisor.hints;

import java.util.List;

/**
 * One hint for a case handler or supervisor: a stable {@code code}, a {@code severity}
 * ({@code error}, {@code warning} or {@code info}), a message in plain Chinese and its evidence.
 */
public record Hint(String code, String severity, String message, List<Evidence> evidence) {
  public static final String ERROR = "error";
  public static final String WARNING = "warning";
  public static final String INFO = "info";

  public Hint {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /**
   * A piece of evidence: {@code kind} is {@code article}, {@code fact}, {@code case} or
   * {@code statistic}; {@code ref} an article label or case id; {@code text} what it says.
   */
  public record Evidence(String kind, String ref, String text) {}
}
