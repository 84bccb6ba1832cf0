package org.xiezhi.indexer.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * An analyzer that emits only the occurrences of a given set of terms in the text (leftmost-longest,
 * matched after full/half-width folding and lower-casing, as {@link HanLpAnalyzer} and
 * {@link BigramAnalyzer} fold), with offsets into the source text. Occurrences that touch keep
 * consecutive positions; a gap of other text adds one position, so a phrase matches only contiguous
 * text. It lets a highlighter find a query's terms without segmenting the whole text again.
 */
public final class KnownTermsAnalyzer extends Analyzer {
  private final Starts starts;

  /** {@code terms} as the index holds them (folded, lower case); empty terms are ignored. */
  public KnownTermsAnalyzer(Collection<String> terms) {
    Map<Character, List<String>> m = new HashMap<>();
    for (String t : terms) {
      if (t != null && !t.isEmpty()) {
        String f = fold(t);
        List<String> l = m.computeIfAbsent(f.charAt(0), c -> new ArrayList<>());
        if (!l.contains(f)) {
          l.add(f);
        }
      }
    }
    this.starts = new Starts(m);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new KnownTermsTokenizer(starts));
  }

  /** Folds one char the way the index's analyzers do for ASCII and CJK: width, then case; length kept. */
  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    } else if (c == '\u3000') {
      c = ' ';
    }
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\u3040' && c <= '\u9FFF') {
      return c; // kana, CJK punctuation and ideographs: no case (most of a judgment's text)
    }
    return Character.toLowerCase(c);
  }

  static String fold(String s) {
    char[] a = s.toCharArray();
    for (int i = 0; i < a.length; i++) {
      a[i] = fold(a[i]);
    }
    return new String(a);
  }

  /**
   * The terms by first char: a bitmap of the chars that start a term (most chars of a text start
   * none, so the scan rejects them with one bit test), then the candidates of a char, longest first.
   */
  private static final class Starts {
    private final long[] bitmap = new long[1024];
    private final char[] keys;
    private final char[][][] candidates;

    Starts(Map<Character, List<String>> byFirstChar) {
      keys = new char[byFirstChar.size()];
      int i = 0;
      for (char c : byFirstChar.keySet()) {
        keys[i++] = c;
      }
      java.util.Arrays.sort(keys);
      candidates = new char[keys.length][][];
      for (int k = 0; k < keys.length; k++) {
        bitmap[keys[k] >>> 6] |= 1L << keys[k];
        candidates[k] = byFirstChar.get(keys[k]).stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(String::toCharArray).toArray(char[][]::new);
      }
    }

    /** The candidates starting with {@code c}, longest first, or null. */
    char[][] of(char c) {
      if ((bitmap[c >>> 6] & (1L << c)) == 0) {
        return null;
      }
      int k = java.util.Arrays.binarySearch(keys, c);
      return k < 0 ? null : candidates[k];
    }
  }

  private static final class KnownTermsTokenizer extends Tokenizer {
    private final Starts starts;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private char[] text = new char[0];
    private int length;
    private int pos;
    private int lastEnd;
    private boolean first;

    KnownTermsTokenizer(Starts starts) {
      this.starts = starts;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      char[] buf = text.length < 4096 ? new char[4096] : text;
      int n = 0;
      for (int r = input.read(buf, n, buf.length - n); r != -1; r = input.read(buf, n, buf.length - n)) {
        n += r;
        if (n == buf.length) {
          buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
      }
      for (int i = 0; i < n; i++) {
        buf[i] = fold(buf[i]);
      }
      text = buf;
      length = n;
      pos = 0;
      lastEnd = 0;
      first = true;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      for (; pos < length; pos++) {
        char[][] cands = starts.of(text[pos]);
        if (cands == null) {
          continue;
        }
        for (char[] t : cands) {
          if (matchesAt(t, pos)) {
            int start = pos;
            int end = pos + t.length;
            termAtt.copyBuffer(t, 0, t.length);
            offsetAtt.setOffset(correctOffset(start), correctOffset(end));
            posAtt.setPositionIncrement(first || start == lastEnd ? 1 : 2);
            first = false;
            lastEnd = end;
            pos = end;
            return true;
          }
        }
      }
      return false;
    }

    private boolean matchesAt(char[] t, int at) {
      if (at + t.length > length) {
        return false;
      }
      for (int i = 1; i < t.length; i++) {
        if (text[at + i] != t[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int f = correctOffset(length);
      offsetAtt.setOffset(f, f);
    }

    @Override
    public void close() throws IOException {
      super.close();
      text = new char[0];
      length = 0;
    }
  }
}
