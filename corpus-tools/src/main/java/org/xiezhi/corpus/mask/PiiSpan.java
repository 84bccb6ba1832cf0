package org.xiezhi.corpus.mask;

/**
 * One piece of personal data found in a text: characters {@code [start, end)} of the input, its
 * type, and the text that replaces it in the masked output.
 */
public record PiiSpan(int start, int end, PiiType type, String replacement) {
  public PiiSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
