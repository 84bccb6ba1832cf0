package org.xiezhi.indexer.analysis;

import static org.xiezhi.indexer.analysis.TokenStreamChecks.assertAnalyzesTo;

import org.junit.jupiter.api.Test;

class BigramAnalyzerTest {
  private static final BigramAnalyzer A = new BigramAnalyzer();

  @Test
  void overlappingBigrams() {
    assertAnalyzesTo(A, "盗窃罪", new String[] {"盗窃", "窃罪"}, new int[] {0, 1}, new int[] {2, 3});
  }

  @Test
  void latinAndNumbersWholeAndFolded() {
    assertAnalyzesTo(A, "现金３０００元ＫＴＶ",
        new String[] {"现金", "3000", "元", "ktv"}, new int[] {0, 2, 6, 7}, new int[] {2, 6, 7, 10});
  }

  @Test
  void emptyAndPunctuation() {
    assertAnalyzesTo(A, "", new String[0], new int[0], new int[0]);
    assertAnalyzesTo(A, "，。！", new String[0], new int[0], new int[0]);
  }

  @Test
  void randomStrings() {
    TokenStreamChecks.checkRandomData(A, 20261129L, 300, 120);
  }
}
