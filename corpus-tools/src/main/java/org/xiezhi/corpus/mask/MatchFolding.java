package org.xiezhi.corpus.mask;

import java.text.Normalizer;

/**
 * The text the number rules match against: each character replaced by its NFKC form when that form
 * is one ASCII letter, digit or {@code + - ( ) :} (full-width {@code １３９}, {@code Ａ}, {@code －},
 * {@code （}), every other character left as it is. One character stays one character, so an
 * offset found in the folded text is the same offset in the original.
 */
public final class MatchFolding {
  private static final char[] TABLE = new char[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      TABLE[c] = (char) c;
      if (c < 0x80 || Character.isSurrogate((char) c)) {
        continue;
      }
      String n = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
      if (n.length() == 1) {
        char f = n.charAt(0);
        if ((f >= '0' && f <= '9') || (f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z') || "+-():".indexOf(f) >= 0) {
          TABLE[c] = f;
        }
      }
    }
  }

  private MatchFolding() {}

  /** {@code text} folded for matching; the same string when nothing folds. */
  public static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = TABLE[c];
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }
}
