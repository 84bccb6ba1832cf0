package org.xiezhi.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Lucene-style token stream assertions (after BaseTokenStreamTestCase) for JUnit 5. */
final class TokenStreamChecks {
  private TokenStreamChecks() {}

  /** One emitted token. */
  record Tok(String term, int start, int end, int posInc, String type) {}

  /** Runs the full reset/increment/end/close contract and returns the tokens. */
  static List<Tok> analyze(Analyzer a, String text) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), pos.getPositionIncrement(), type.type()));
      }
      ts.end();
      assertEquals(text.length(), off.endOffset(), "final offset after end()");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Exact terms and offsets. */
  static void assertAnalyzesTo(Analyzer a, String text, String[] terms, int[] starts, int[] ends) {
    List<Tok> toks = analyze(a, text);
    List<String> got = toks.stream().map(Tok::term).toList();
    assertEquals(List.of(terms), got, "terms of " + text);
    for (int i = 0; i < terms.length; i++) {
      assertEquals(starts[i], toks.get(i).start(), "start of " + terms[i]);
      assertEquals(ends[i], toks.get(i).end(), "end of " + terms[i]);
    }
    checkOffsets(text, toks);
  }

  /** Offsets inside the text, start ≤ end, starts never going backwards, positions advancing. */
  static void checkOffsets(String text, List<Tok> toks) {
    int lastStart = 0;
    for (Tok t : toks) {
      assertTrue(t.start() >= 0 && t.start() <= t.end() && t.end() <= text.length(), "offsets of " + t);
      assertTrue(t.start() >= lastStart, "start went backwards at " + t);
      assertTrue(t.posInc() >= 0, "position increment of " + t);
      assertFalse(t.term().isEmpty(), "empty term at " + t);
      lastStart = t.start();
    }
  }

  /** A seeded random string over CJK, Latin, digits, numerals, full-width forms, punctuation and space. */
  static String randomText(Random r, int maxLen) {
    String pool =
        "被告人犯盗窃罪于年月日时许在某市窃取现金元人民币第条之一款项二百六十四三千万余克有期徒刑缓刑"
            + "abcXYZ0123456789０１２ＡＢ，。、；：“”（）() \t\n.,%-·";
    int len = r.nextInt(maxLen + 1);
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      int k = r.nextInt(20);
      if (k == 0) {
        sb.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00)));
      } else if (k == 1) {
        sb.appendCodePoint(0x20000 + r.nextInt(100)); // supplementary CJK
      } else if (k == 2) {
        sb.append((char) (0x20 + r.nextInt(0x5F)));
      } else {
        sb.append(pool.charAt(r.nextInt(pool.length())));
      }
    }
    return sb.toString();
  }

  /** checkRandomData: many seeded random strings through the full contract, twice each (reuse). */
  static void checkRandomData(Analyzer a, long seed, int iterations, int maxLen) {
    Random r = new Random(seed);
    for (int i = 0; i < iterations; i++) {
      String text = randomText(r, maxLen);
      List<Tok> first = analyze(a, text);
      checkOffsets(text, first);
      assertEquals(first, analyze(a, text), "reused analyzer gives the same tokens for: " + text);
    }
  }
}
