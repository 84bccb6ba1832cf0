package org.xiezhi.inference.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A pure-Java BERT WordPiece tokenizer read from a Hugging Face {@code tokenizer.json}
 * (BertNormalizer, BertPreTokenizer, WordPiece model, [CLS] … [SEP] template). It gives the same
 * ids as the Hugging Face implementation for the same settings, plus character offsets into the
 * original text. Immutable and thread-safe.
 *
 * <p>{@link #withLowercase(boolean)} overrides the file's lower-casing: the bge-small-zh export
 * ships {@code lowercase: false}, which turns upper-case Latin words into [UNK] although the
 * vocabulary is lower-case (as the original BERT Chinese tokenizer, which lower-cases).
 */
public final class WordPieceTokenizer {
  private static final int NO_ID = -1;

  private final Vocabulary vocab;
  private final BertNormalizer normalizer;
  private final int clsId;
  private final int sepId;

  private WordPieceTokenizer(Vocabulary vocab, BertNormalizer normalizer, int clsId, int sepId) {
    this.vocab = vocab;
    this.normalizer = normalizer;
    this.clsId = clsId;
    this.sepId = sepId;
  }

  /** Reads a {@code tokenizer.json} file. */
  public static WordPieceTokenizer fromJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in);
    }
  }

  /** Reads a {@code tokenizer.json} stream (not closed). */
  public static WordPieceTokenizer fromJson(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    JsonNode model = require(root, "model");
    expectType(model, "WordPiece", "model");
    JsonNode norm = require(root, "normalizer");
    expectType(norm, "BertNormalizer", "normalizer");
    expectType(require(root, "pre_tokenizer"), "BertPreTokenizer", "pre_tokenizer");

    Map<String, Integer> ids = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = require(model, "vocab").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      ids.put(e.getKey(), e.getValue().asInt());
    }
    String unk = model.path("unk_token").asText("[UNK]");
    String prefix = model.path("continuing_subword_prefix").asText("##");
    int maxChars = model.path("max_input_chars_per_word").asInt(100);
    List<String> special = new ArrayList<>();
    for (JsonNode t : root.path("added_tokens")) {
      String content = t.path("content").asText();
      if (!content.isEmpty() && !t.path("normalized").asBoolean(false)) {
        special.add(content);
        ids.putIfAbsent(content, t.path("id").asInt());
      }
    }
    Vocabulary vocab = new Vocabulary(ids, lookup(ids, unk), prefix, maxChars, special);

    boolean lowercase = norm.path("lowercase").asBoolean(true);
    JsonNode strip = norm.path("strip_accents");
    boolean stripAccents = strip.isNull() || strip.isMissingNode() ? lowercase : strip.asBoolean();
    BertNormalizer normalizer =
        new BertNormalizer(
            norm.path("clean_text").asBoolean(true),
            norm.path("handle_chinese_chars").asBoolean(true),
            stripAccents,
            lowercase);
    return new WordPieceTokenizer(vocab, normalizer, lookup(ids, "[CLS]"), lookup(ids, "[SEP]"));
  }

  /**
   * The same tokenizer with lower-casing on or off; accent stripping follows lower-casing, as in
   * BertNormalizer when {@code strip_accents} is unset.
   */
  public WordPieceTokenizer withLowercase(boolean lowercase) {
    return new WordPieceTokenizer(vocab, normalizer.withLowercase(lowercase), clsId, sepId);
  }

  /** Whether Latin text is lower-cased before WordPiece. */
  public boolean lowercases() {
    return normalizer.lowercase();
  }

  /** Size of the vocabulary. */
  public int vocabularySize() {
    return vocab.size();
  }

  /** Id of a vocabulary token, or -1. */
  public int tokenId(String token) {
    Integer id = vocab.ids.get(token);
    return id == null ? NO_ID : id;
  }

  /** All tokens of the text between [CLS] and [SEP], without truncation. */
  public Encoding encode(String text) {
    return encode(text, Integer.MAX_VALUE);
  }

  /**
   * Tokens of the text between [CLS] and [SEP], cut at {@code maxLength} tokens in all (as
   * Hugging Face truncation does: the text loses its tail, [SEP] stays).
   */
  public Encoding encode(String text, int maxLength) {
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must be at least 2, got " + maxLength);
    }
    Tokens t = new Tokens();
    t.add(clsId, 0, 0, false);
    wordPieces(text, maxLength - 2, t);
    t.add(sepId, 0, 0, false);
    return new Encoding(
        Arrays.copyOf(t.ids, t.size), Arrays.copyOf(t.starts, t.size), Arrays.copyOf(t.ends, t.size));
  }

  /** Number of word-piece tokens of the text, special tokens excluded. */
  public int countTokens(String text) {
    Tokens t = new Tokens();
    wordPieces(text, Integer.MAX_VALUE, t);
    return t.size;
  }

  /**
   * Cuts a text into overlapping pieces of at most {@code maxTokens} word-piece tokens each
   * (special tokens excluded), consecutive pieces sharing about {@code stride} tokens. Pieces start
   * and end on word boundaries (never inside a ##-continued word unless a word alone is longer than
   * {@code maxTokens}). An empty or token-less text gives no piece.
   */
  public List<TextChunk> chunks(String text, int maxTokens, int stride) {
    if (maxTokens < 1 || stride < 0 || stride >= maxTokens) {
      throw new IllegalArgumentException(
          "need maxTokens >= 1 and 0 <= stride < maxTokens, got " + maxTokens + ", " + stride);
    }
    Tokens t = new Tokens();
    wordPieces(text, Integer.MAX_VALUE, t);
    List<TextChunk> out = new ArrayList<>();
    int n = t.size;
    int from = 0;
    while (from < n) {
      int to = Math.min(n, from + maxTokens);
      if (to < n) {
        int cut = to;
        while (cut > from + 1 && t.continued[cut]) {
          cut--;
        }
        if (cut > from) {
          to = cut;
        }
      }
      int start = t.starts[from];
      int end = t.ends[to - 1];
      out.add(new TextChunk(start, end, text.substring(start, end), to - from));
      if (to == n) {
        break;
      }
      int next = Math.max(from + 1, to - stride);
      while (next < to && t.continued[next]) {
        next++;
      }
      from = next;
    }
    return out;
  }

  /** Appends the word pieces of the text to {@code out}, at most {@code limit} of them. */
  private void wordPieces(String text, int limit, Tokens out) {
    int cap = (int) Math.min(Integer.MAX_VALUE, (long) out.size + limit);
    wordPiecesUpTo(text, cap, out);
    if (out.size > cap) {
      out.size = cap;
    }
  }

  private void wordPiecesUpTo(String text, int limit, Tokens out) {
    BertNormalizer.Normalized norm = new BertNormalizer.Normalized();
    int segment = 0;
    int len = text.length();
    for (int i = text.indexOf('['); i >= 0 && i < len && out.size < limit; i = text.indexOf('[', i + 1)) {
      String special = vocab.specialAt(text, i);
      if (special != null) {
        segmentPieces(text, segment, i, norm, limit, out);
        if (out.size < limit) {
          out.add(vocab.ids.get(special), i, i + special.length(), false);
        }
        segment = i + special.length();
        i = segment - 1;
      }
    }
    segmentPieces(text, segment, len, norm, limit, out);
  }

  private void segmentPieces(
      String text, int from, int to, BertNormalizer.Normalized norm, int limit, Tokens out) {
    if (from >= to || out.size >= limit) {
      return;
    }
    norm.clear();
    normalizer.normalize(text, from, to, norm);
    char[] cs = norm.chars;
    int n = norm.length;
    int word = -1;
    int i = 0;
    while (i < n && out.size < limit) {
      int c = Character.codePointAt(cs, i, n);
      int w = Character.charCount(c);
      if (BertText.isWhitespace(c)) {
        if (word >= 0) {
          vocab.word(norm, word, i, out);
          word = -1;
        }
      } else if (BertText.isPunctuation(c)) {
        if (word >= 0) {
          vocab.word(norm, word, i, out);
          word = -1;
        }
        vocab.word(norm, i, i + w, out);
      } else if (word < 0) {
        word = i;
      }
      i += w;
    }
    if (word >= 0) {
      vocab.word(norm, word, n, out);
    }
  }

  private static int lookup(Map<String, Integer> ids, String token) {
    Integer id = ids.get(token);
    if (id == null) {
      throw new IllegalArgumentException("tokenizer.json: token " + token + " is not in the vocabulary");
    }
    return id;
  }

  private static JsonNode require(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("tokenizer.json: missing \"" + field + "\"");
    }
    return v;
  }

  private static void expectType(JsonNode node, String type, String what) {
    String actual = node.path("type").asText();
    if (!type.equals(actual)) {
      throw new IllegalArgumentException(
          "tokenizer.json: " + what + " type " + actual + " is not supported (need " + type + ")");
    }
  }

  /** Growable token buffer. */
  static final class Tokens {
    int[] ids = new int[64];
    int[] starts = new int[64];
    int[] ends = new int[64];
    boolean[] continued = new boolean[65];
    int size;

    void add(int id, int start, int end, boolean cont) {
      if (size == ids.length) {
        int cap = size * 2;
        ids = Arrays.copyOf(ids, cap);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        continued = Arrays.copyOf(continued, cap + 1);
      }
      ids[size] = id;
      starts[size] = start;
      ends[size] = end;
      continued[size] = cont;
      size++;
    }
  }
}
