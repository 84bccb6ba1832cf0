package org.xiezhi.inference.tokenizer;

import java.text.Normalizer;

/**
 * The BERT normaliser (clean text, space around CJK ideographs, optional accent stripping and
 * lower-casing) that keeps, for every output character, the span of the input it came from.
 */
final class BertNormalizer {
  private final boolean cleanText;
  private final boolean chineseChars;
  private final boolean stripAccents;
  private final boolean lowercase;

  BertNormalizer(boolean cleanText, boolean chineseChars, boolean stripAccents, boolean lowercase) {
    this.cleanText = cleanText;
    this.chineseChars = chineseChars;
    this.stripAccents = stripAccents;
    this.lowercase = lowercase;
  }

  /** The same settings with lower-casing (and accent stripping, which follows it) on or off. */
  BertNormalizer withLowercase(boolean lower) {
    return new BertNormalizer(cleanText, chineseChars, lower, lower);
  }

  boolean lowercase() {
    return lowercase;
  }

  boolean stripAccents() {
    return stripAccents;
  }

  /** Normalises {@code text[from, to)}, appending to {@code out}. */
  void normalize(String text, int from, int to, Normalized out) {
    int i = from;
    while (i < to) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      int end = i + n;
      if (cleanText) {
        if (c == 0 || c == 0xFFFD || BertText.isControl(c)) {
          i = end;
          continue;
        }
        if (BertText.isWhitespace(c)) {
          out.append(' ', i, end);
          i = end;
          continue;
        }
      }
      boolean chinese = chineseChars && BertText.isChineseChar(c);
      if (chinese) {
        out.append(' ', i, end);
      }
      if (!stripAccents && !lowercase) {
        out.appendCodePoint(c, i, end);
      } else {
        transform(c, i, end, out);
      }
      if (chinese) {
        out.append(' ', i, end);
      }
      i = end;
    }
  }

  private void transform(int c, int start, int end, Normalized out) {
    if (stripAccents && c >= 0xC0 && !(c >= 0x4E00 && c <= 0x9FFF)) {
      String d = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
      for (int k = 0; k < d.length(); ) {
        int x = d.codePointAt(k);
        k += Character.charCount(x);
        if (Character.getType(x) != Character.NON_SPACING_MARK) {
          lower(x, start, end, out);
        }
      }
    } else {
      lower(c, start, end, out);
    }
  }

  private void lower(int c, int start, int end, Normalized out) {
    if (!lowercase) {
      out.appendCodePoint(c, start, end);
    } else if (c == 0x130) { // LATIN CAPITAL LETTER I WITH DOT ABOVE lower-cases to two characters
      out.append('i', start, end);
      out.append('\u0307', start, end);
    } else {
      out.appendCodePoint(Character.toLowerCase(c), start, end);
    }
  }

  /** Normalised characters, each with the input span it came from; reusable. */
  static final class Normalized {
    char[] chars = new char[256];
    int[] starts = new int[256];
    int[] ends = new int[256];
    int length;

    void clear() {
      length = 0;
    }

    void append(char ch, int start, int end) {
      if (length == chars.length) {
        int cap = length * 2;
        chars = java.util.Arrays.copyOf(chars, cap);
        starts = java.util.Arrays.copyOf(starts, cap);
        ends = java.util.Arrays.copyOf(ends, cap);
      }
      chars[length] = ch;
      starts[length] = start;
      ends[length] = end;
      length++;
    }

    void appendCodePoint(int c, int start, int end) {
      if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        append((char) c, start, end);
      } else {
        append(Character.highSurrogate(c), start, end);
        append(Character.lowSurrogate(c), start, end);
      }
    }
  }
}
