package org.xiezhi.inference.tokenizer;

/**
 * The token ids of one text with, for each token, the UTF-16 character span it came from in the
 * original text ({@code [start, end)}; {@code [0, 0)} for the special tokens [CLS] and [SEP]).
 *
 * <p>The arrays are owned by the encoding: callers must not change them.
 */
public record Encoding(int[] ids, int[] starts, int[] ends) {

  public Encoding {
    if (ids.length != starts.length || ids.length != ends.length) {
      throw new IllegalArgumentException("ids, starts and ends differ in length");
    }
  }

  /** Number of tokens, special tokens included. */
  public int length() {
    return ids.length;
  }
}
