package org.xiezhi.eval.lecard;

import java.util.List;

/**
 * One row group of the results table: a method's dev metrics under the pool, the judged-only and the
 * corpus protocol; a protocol the method was not run under is null (a pool run of another system has
 * no corpus run).
 */
public record MethodScores(String method, Metrics pool, Metrics judged, Metrics corpus) {
  /** The protocol names, in table order. */
  public static final List<String> PROTOCOLS = List.of("pool", "judged", "corpus");

  public Metrics protocol(String name) {
    return switch (name) {
      case "pool" -> pool;
      case "judged" -> judged;
      case "corpus" -> corpus;
      default -> throw new IllegalArgumentException("unknown protocol " + name);
    };
  }
}
