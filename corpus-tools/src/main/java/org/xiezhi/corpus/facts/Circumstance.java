package org.xiezhi.corpus.facts;

/**
 * A sentencing circumstance found in a fact text, with the text that shows it.
 *
 * @param code stable code, e.g. {@code SURRENDER}
 * @param name the Chinese legal term, e.g. 自首
 * @param effect {@code mitigating} or {@code aggravating}
 * @param allowsReduction true when the law lets it bring the sentence below the tier's minimum
 *     (减轻处罚), e.g. 自首, 从犯, 未遂, 立功
 * @param evidence the sentence of the facts that shows it
 * @param start offset of the matched words in the fact text
 * @param end end offset (exclusive)
 */
public record Circumstance(
    String code,
    String name,
    String effect,
    boolean allowsReduction,
    String evidence,
    int start,
    int end) {

  /** True for circumstances that lower the sentence. */
  public boolean mitigating() {
    return "mitigating".equals(effect);
  }
}
