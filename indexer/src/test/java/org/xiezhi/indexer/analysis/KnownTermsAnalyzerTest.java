package org.xiezhi.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xiezhi.indexer.analysis.TokenStreamChecks.assertAnalyzesTo;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownTermsAnalyzerTest {
  private static final KnownTermsAnalyzer A = new KnownTermsAnalyzer(List.of("盗窃", "盗窃罪", "手机", "ktv", "3000元"));

  @Test
  void leftmostLongestOccurrencesWithSourceOffsets() {
    assertAnalyzesTo(A, "被告人犯盗窃罪，窃取手机一部",
        new String[] {"盗窃罪", "手机"}, new int[] {4, 10}, new int[] {7, 12});
  }

  @Test
  void widthAndCaseFoldedLikeTheIndexAnalyzers() {
    assertAnalyzesTo(A, "在ＫＴＶ内盗窃现金３０００元",
        new String[] {"ktv", "盗窃", "3000元"}, new int[] {1, 5, 9}, new int[] {4, 7, 14});
  }

  @Test
  void touchingOccurrencesAreConsecutivePositionsAndGapsAddOne() {
    List<TokenStreamChecks.Tok> t = TokenStreamChecks.analyze(A, "盗窃手机后又盗窃");
    assertEquals(List.of(1, 1, 2), t.stream().map(TokenStreamChecks.Tok::posInc).toList());
  }

  @Test
  void emptyInputTermsAndPunctuation() {
    assertAnalyzesTo(A, "", new String[0], new int[0], new int[0]);
    assertAnalyzesTo(A, "，。！", new String[0], new int[0], new int[0]);
    assertAnalyzesTo(new KnownTermsAnalyzer(List.of("", "甲")), "乙甲", new String[] {"甲"}, new int[] {1}, new int[] {2});
  }

  @Test
  void randomStrings() {
    TokenStreamChecks.checkRandomData(A, 20261129L, 300, 120);
    Random r = new Random(7);
    for (int i = 0; i < 200; i++) {
      String text = TokenStreamChecks.randomText(r, 80);
      for (TokenStreamChecks.Tok tok : TokenStreamChecks.analyze(A, text)) {
        assertEquals(tok.term(), KnownTermsAnalyzer.fold(text.substring(tok.start(), tok.end())), "term = folded source");
      }
    }
  }
}
