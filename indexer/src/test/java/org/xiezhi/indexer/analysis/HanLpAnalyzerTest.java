package org.xiezhi.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xiezhi.indexer.analysis.TokenStreamChecks.analyze;
import static org.xiezhi.indexer.analysis.TokenStreamChecks.assertAnalyzesTo;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.source.SharedData;

class HanLpAnalyzerTest {
  private static final HanLpAnalyzer A = new HanLpAnalyzer(LegalDictionary.of(List.of("盗窃罪", "故意伤害罪")));

  @Test
  void legalTermsStayWhole() {
    // 被告人犯 would split as 被告/人犯 without the dictionary
    assertAnalyzesTo(A, "被告人犯故意伤害罪",
        new String[] {"被告人", "犯", "故意伤害罪"}, new int[] {0, 3, 4}, new int[] {3, 4, 9});
  }

  @Test
  void amountsDatesAndTermsAreTokens() {
    String text = "于2016年10月2日窃取现金3,000元及价值1.5万元的手机，判处有期徒刑三年六个月。";
    List<TokenStreamChecks.Tok> toks = analyze(A, text);
    List<String> terms = toks.stream().map(TokenStreamChecks.Tok::term).toList();
    assertEquals(
        List.of("于", "2016年", "10月", "2日", "窃取", "现金", "3000元", "及", "价值", "1.5万元", "的", "手机",
            "判处", "有期徒刑", "3年", "6个月"),
        terms);
    TokenStreamChecks.Tok amount = toks.get(6);
    assertEquals("3,000元", text.substring(amount.start(), amount.end()));
    TokenStreamChecks.Tok term = toks.get(14);
    assertEquals("三年", text.substring(term.start(), term.end()));
    assertEquals("<NUM>", term.type());
  }

  @Test
  void articleReferencesAreNormalised() {
    assertAnalyzesTo(A, "依照刑法第二百六十四条之一、第264条第一款",
        new String[] {"依照", "刑法", "第264条之1", "第264条", "第1款"},
        new int[] {0, 2, 4, 14, 19}, new int[] {2, 4, 13, 19, 22});
  }

  @Test
  void fullWidthAndCaseFoldWithOriginalOffsets() {
    String text = "ＫＴＶ包厢内的iPhone";
    List<TokenStreamChecks.Tok> toks = analyze(A, text);
    assertEquals("ktv", toks.get(0).term());
    assertEquals(0, toks.get(0).start());
    assertEquals(3, toks.get(0).end());
    TokenStreamChecks.Tok last = toks.get(toks.size() - 1);
    assertEquals("iphone", last.term());
    assertEquals("iPhone", text.substring(last.start(), last.end()));
  }

  @Test
  void emptyAndPunctuationOnlyInput() {
    assertAnalyzesTo(A, "", new String[0], new int[0], new int[0]);
    assertAnalyzesTo(A, "，。 ！\n", new String[0], new int[0], new int[0]);
  }

  @Test
  void randomStringsKeepTheContract() {
    TokenStreamChecks.checkRandomData(A, 20261129L, 300, 120);
    TokenStreamChecks.checkRandomData(A, 7L, 10, 5000);
  }

  @Test
  void wordTokensMatchTheirSourceText() {
    String text = "被告人张某于2016年10月2日20时许，在某市某区某路，趁被害人不备，窃取其放在桌上的价值5000元的手机一部。";
    for (TokenStreamChecks.Tok t : analyze(A, text)) {
      if (!t.type().equals("<NUM>") && !t.type().equals("<ARTICLE>")) {
        assertEquals(text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT), t.term());
      }
    }
  }

  @Test
  void chargeNamesFromThePublicChargeLists() throws Exception {
    LegalDictionary d = LegalDictionary.withChargeFiles(List.of(
        SharedData.require("lecard/criminal_charges.txt"), SharedData.require("cail2018/accu.txt")));
    assertTrue(d.terms().size() > 400, "terms: " + d.terms().size());
    assertTrue(d.contains("危险驾驶罪") && d.contains("危险驾驶"));
    HanLpAnalyzer a = new HanLpAnalyzer(d);
    List<String> terms = analyze(a, "被告人犯掩饰、隐瞒犯罪所得、犯罪所得收益罪").stream().map(TokenStreamChecks.Tok::term).toList();
    assertEquals(List.of("被告人", "犯", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"), terms);
    // each part of a listed name is a term too
    assertEquals(List.of("明知", "是", "隐瞒犯罪所得"),
        analyze(a, "明知是隐瞒犯罪所得").stream().map(TokenStreamChecks.Tok::term).toList());
  }
}
