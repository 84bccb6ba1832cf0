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
  private final Map<Character, List<String>> byFirstChar;

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
    m.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    this.byFirstChar = m;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new KnownTermsTokenizer(byFirstChar));
  }

  /** Folds one char the way the index's analyzers do for ASCII and CJK: width, then case; length kept. */
  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    } else if (c == '\u3000') {
      c = ' ';
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

  private static final class KnownTermsTokenizer extends Tokenizer {
    private final Map<Character, List<String>> byFirstChar;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private String text = "";
    private int pos;
    private int lastEnd;
    private boolean first;

    KnownTermsTokenizer(Map<Character, List<String>> byFirstChar) {
      this.byFirstChar = byFirstChar;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[4096];
      for (int n = input.read(buf); n != -1; n = input.read(buf)) {
        for (int i = 0; i < n; i++) {
          sb.append(fold(buf[i]));
        }
      }
      text = sb.toString();
      pos = 0;
      lastEnd = 0;
      first = true;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      for (int n = text.length(); pos < n; pos++) {
        List<String> cands = byFirstChar.get(text.charAt(pos));
        if (cands == null) {
          continue;
        }
        for (String t : cands) {
          if (text.startsWith(t, pos)) {
            int start = pos;
            int end = pos + t.length();
            termAtt.setEmpty().append(t);
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

    @Override
    public void end() throws IOException {
      super.end();
      int f = correctOffset(text.length());
      offsetAtt.setOffset(f, f);
    }

    @Override
    public void close() throws IOException {
      super.close();
      text = "";
    }
  }
}
