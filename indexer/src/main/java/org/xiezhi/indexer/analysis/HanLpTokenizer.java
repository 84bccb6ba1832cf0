package org.xiezhi.indexer.analysis;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Segments Chinese text with HanLP's viterbi segmenter, after first claiming numeric spans
 * ({@link NumericSpans}) and legal terms ({@link LegalDictionary}, leftmost-longest) as whole
 * tokens. Punctuation and whitespace are dropped. Offsets point into the original text.
 */
public final class HanLpTokenizer extends Tokenizer {
  private static final int READ_CHUNK = 8192;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final LegalDictionary dictionary;
  private final Segment segment;

  private final List<String> texts = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int next;
  private int length;

  public HanLpTokenizer(LegalDictionary dictionary) {
    this.dictionary = dictionary;
    this.segment = new ViterbiSegment().enableOffset(true).enableCustomDictionary(true);
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (next >= texts.size()) {
      return false;
    }
    termAtt.setEmpty().append(texts.get(next));
    offsetAtt.setOffset(correctOffset(starts[next]), correctOffset(ends[next]));
    posAtt.setPositionIncrement(1);
    typeAtt.setType(types.get(next));
    next++;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    texts.clear();
    types.clear();
    next = 0;
    char[] text = readAll();
    length = text.length;
    tokenize(text);
  }

  @Override
  public void end() throws IOException {
    super.end();
    int fin = correctOffset(length);
    offsetAtt.setOffset(fin, fin);
  }

  private char[] readAll() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[READ_CHUNK];
    int n;
    while ((n = input.read(buf)) != -1) {
      sb.append(buf, 0, n);
    }
    char[] out = new char[sb.length()];
    sb.getChars(0, sb.length(), out, 0);
    return out;
  }

  private void tokenize(char[] text) {
    int n = text.length;
    if (n == 0) {
      return;
    }
    // owner[i] = 1 + index of the claimed span covering char i, 0 when free
    int[] owner = new int[n];
    List<int[]> spans = new ArrayList<>();
    List<String> spanText = new ArrayList<>();
    List<String> spanType = new ArrayList<>();
    String s = new String(text);
    NumericSpans.find(
        s,
        (b, e, t, type) -> {
          spans.add(new int[] {b, e});
          spanText.add(t);
          spanType.add(type);
          java.util.Arrays.fill(owner, b, e, spans.size());
        });
    List<int[]> hits = new ArrayList<>();
    dictionary.matches(text, (b, e) -> hits.add(new int[] {b, e}));
    hits.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
    for (int[] h : hits) {
      if (free(owner, h[0], h[1])) {
        spans.add(h);
        spanText.add(s.substring(h[0], h[1]));
        spanType.add("<LEGAL>");
        java.util.Arrays.fill(owner, h[0], h[1], spans.size());
      }
    }
    int i = 0;
    while (i < n) {
      if (owner[i] != 0) {
        int k = owner[i] - 1;
        int[] sp = spans.get(k);
        add(spanText.get(k), sp[0], sp[1], spanType.get(k));
        i = sp[1];
        continue;
      }
      int j = i;
      while (j < n && owner[j] == 0) {
        j++;
      }
      segmentGap(s, i, j);
      i = j;
    }
  }

  private static boolean free(int[] owner, int b, int e) {
    for (int i = b; i < e; i++) {
      if (owner[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private void segmentGap(String s, int begin, int end) {
    if (!hasWordChar(s, begin, end)) {
      return;
    }
    String gap = s.substring(begin, end);
    for (Term t : segment.seg(gap)) {
      String w = t.word;
      int b = begin + t.offset;
      if (w.isEmpty() || !hasWordChar(w, 0, w.length())) {
        continue;
      }
      add(w, b, b + w.length(), "<WORD>");
    }
  }

  private static boolean hasWordChar(CharSequence s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void add(String text, int start, int end, String type) {
    int k = texts.size();
    if (k == starts.length) {
      starts = java.util.Arrays.copyOf(starts, k * 2);
      ends = java.util.Arrays.copyOf(ends, k * 2);
    }
    texts.add(text);
    types.add(type);
    starts[k] = start;
    ends[k] = end;
  }

  /** The dictionary this tokenizer claims terms from. */
  public LegalDictionary dictionary() {
    return dictionary;
  }
}
