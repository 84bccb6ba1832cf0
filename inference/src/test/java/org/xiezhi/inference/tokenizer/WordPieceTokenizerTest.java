package org.xiezhi.inference.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exact cases, edge cases and random strings for {@link WordPieceTokenizer} (fictional text). */
class WordPieceTokenizerTest {
  static WordPieceTokenizer shipped;
  static WordPieceTokenizer lower;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        WordPieceTokenizerTest.class.getClassLoader().getResourceAsStream("bge-small-zh-v1.5-q-tokenizer.json")) {
      shipped = WordPieceTokenizer.fromJson(in);
    }
    lower = shipped.withLowercase(true);
  }

  private static int[] ids(WordPieceTokenizer t, String... tokens) {
    int[] out = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = t.tokenId(tokens[i]);
      assertTrue(out[i] >= 0, tokens[i]);
    }
    return out;
  }

  @Test
  void chineseCharactersAreWordsOfTheirOwn() {
    Encoding e = lower.encode("被告人盗窃。");
    assertArrayEquals(ids(lower, "[CLS]", "被", "告", "人", "盗", "窃", "。", "[SEP]"), e.ids());
    assertArrayEquals(new int[] {0, 0, 1, 2, 3, 4, 5, 0}, e.starts());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 0}, e.ends());
  }

  @Test
  void upperCaseLatinIsUnknownAsShippedAndFoundWhenLowerCased() {
    String text = "在KTV用iPhone验DNA";
    assertArrayEquals(ids(shipped, "[CLS]", "在", "[UNK]", "用", "[UNK]", "验", "[UNK]", "[SEP]"), shipped.encode(text).ids());
    assertArrayEquals(ids(lower, "[CLS]", "在", "ktv", "用", "iphone", "验", "dna", "[SEP]"), lower.encode(text).ids());
    assertFalse(shipped.lowercases());
    assertTrue(lower.lowercases());
  }

  @Test
  void numbersSplitIntoWordPiecesWithOffsets() {
    Encoding e = lower.encode("2019年 0.5克");
    assertArrayEquals(ids(lower, "[CLS]", "2019", "年", "0", ".", "5", "克", "[SEP]"), e.ids());
    assertEquals("0.5克", "2019年 0.5克".substring(e.starts()[3], e.ends()[6]));
    Encoding cafe = lower.encode("Café");
    assertArrayEquals(ids(lower, "[CLS]", "cafe", "[SEP]"), cafe.ids());
    assertEquals(4, cafe.ends()[1]);
  }

  @Test
  void emptyAndBlankTextsGiveOnlySpecialTokens() {
    int[] only = ids(lower, "[CLS]", "[SEP]");
    assertArrayEquals(only, lower.encode("").ids());
    assertArrayEquals(only, lower.encode(" \t\n\u3000").ids());
    assertArrayEquals(only, lower.encode("\u0000\u200b\ufffd").ids());
    assertEquals(0, lower.countTokens(""));
    assertTrue(lower.chunks("", 10, 2).isEmpty());
  }

  @Test
  void literalSpecialTokensAreRecognised() {
    Encoding e = lower.encode("甲[SEP]乙[cls]");
    assertEquals(lower.tokenId("[SEP]"), e.ids()[2]);
    assertEquals("乙", "甲[SEP]乙[cls]".substring(e.starts()[3], e.ends()[3]));
    assertEquals(lower.tokenId("["), e.ids()[4]);
  }

  @Test
  void truncationKeepsTheHeadAndTheClosingSep() {
    String text = "被告人张某盗窃电动车一辆。".repeat(10);
    Encoding full = lower.encode(text);
    Encoding cut = lower.encode(text, 16);
    assertEquals(16, cut.length());
    assertEquals(lower.tokenId("[SEP]"), cut.ids()[15]);
    for (int i = 0; i < 15; i++) {
      assertEquals(full.ids()[i], cut.ids()[i]);
    }
    assertEquals(full.length() - 2, lower.countTokens(text));
    assertThrows(IllegalArgumentException.class, () -> lower.encode(text, 1));
  }

  @Test
  void chunksCoverTheTextWithOverlapAndFitTheLimit() {
    String text = "被告人张某于某日在某地盗窃电动车一辆，价值二千元。".repeat(30);
    int total = lower.countTokens(text);
    List<TextChunk> chunks = lower.chunks(text, 100, 20);
    assertTrue(chunks.size() >= total / 80);
    assertEquals(0, chunks.get(0).start());
    assertEquals(text.length(), chunks.get(chunks.size() - 1).end());
    for (int i = 0; i < chunks.size(); i++) {
      TextChunk c = chunks.get(i);
      assertTrue(c.tokens() <= 100);
      assertEquals(c.tokens(), lower.countTokens(c.text()));
      assertEquals(text.substring(c.start(), c.end()), c.text());
      if (i > 0) {
        assertTrue(c.start() < chunks.get(i - 1).end(), "chunks overlap");
      }
    }
    assertThrows(IllegalArgumentException.class, () -> lower.chunks(text, 10, 10));
  }

  @Test
  void chunksDoNotCutInsideAWord() {
    String text = "abcdefghij ".repeat(20);
    for (TextChunk c : lower.chunks(text, 7, 2)) {
      assertEquals(c.tokens(), lower.countTokens(c.text()), c.text());
      assertTrue(c.start() == 0 || text.charAt(c.start() - 1) == ' ', c.text());
    }
  }

  @Test
  void randomStringsGiveConsistentOffsets() {
    Random r = new Random(42);
    List<String> texts = TokenizerReferenceTest.randomStrings(r, 500);
    for (String t : texts) {
      Encoding e = lower.encode(t);
      int prevEnd = 0;
      for (int i = 1; i < e.length() - 1; i++) {
        assertTrue(e.starts()[i] >= 0 && e.starts()[i] < e.ends()[i] && e.ends()[i] <= t.length(), t);
        assertTrue(e.starts()[i] >= prevEnd || e.starts()[i] == e.starts()[i - 1], t);
        prevEnd = Math.max(prevEnd, e.ends()[i]);
      }
    }
  }

  @Test
  void aTokenizerOfAnotherKindIsRefused() {
    String json = "{\"model\":{\"type\":\"BPE\",\"vocab\":{}},\"normalizer\":{\"type\":\"BertNormalizer\"},"
        + "\"pre_tokenizer\":{\"type\":\"BertPreTokenizer\"}}";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WordPieceTokenizer.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("BPE"), e.getMessage());
  }
}
