package org.xiezhi.eval.lecard;

/** One row of the results table: a method's dev metrics under the pool and the corpus protocol. */
public record MethodScores(String method, Metrics pool, Metrics corpus) {
  public Metrics protocol(String name) {
    return switch (name) {
      case "pool" -> pool;
      case "corpus" -> corpus;
      default -> throw new IllegalArgumentException("unknown protocol " + name);
    };
  }
}
