package org.xiezhi.inference.tokenizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WordPiece vocabulary and its greedy longest-match-first split of one word, with direct
 * tables for single BMP characters (most Chinese words are one character).
 */
final class Vocabulary {
  final Map<String, Integer> ids;
  private final Map<String, Integer> continuations = new HashMap<>();
  private final int[] single = new int[65536];
  private final int[] singleContinued = new int[65536];
  private final int unkId;
  private final int maxChars;
  private final List<String> special;

  Vocabulary(Map<String, Integer> ids, int unkId, String prefix, int maxChars, List<String> special) {
    this.ids = Map.copyOf(ids);
    this.unkId = unkId;
    this.maxChars = maxChars;
    this.special = List.copyOf(special);
    Arrays.fill(single, -1);
    Arrays.fill(singleContinued, -1);
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      String token = e.getKey();
      int id = e.getValue();
      if (token.startsWith(prefix) && token.length() > prefix.length()) {
        String rest = token.substring(prefix.length());
        continuations.put(rest, id);
        if (rest.length() == 1) {
          singleContinued[rest.charAt(0)] = id;
        }
      }
      if (token.length() == 1) {
        single[token.charAt(0)] = id;
      }
    }
  }

  int size() {
    return ids.size();
  }

  /** The special token written literally at {@code text[i]}, or null. */
  String specialAt(String text, int i) {
    for (String s : special) {
      if (text.startsWith(s, i)) {
        return s;
      }
    }
    return null;
  }

  /** Appends the word pieces of {@code norm[from, to)}. */
  void word(BertNormalizer.Normalized norm, int from, int to, WordPieceTokenizer.Tokens out) {
    char[] cs = norm.chars;
    int start = norm.starts[from];
    int end = norm.ends[to - 1];
    if (to - from == 1) {
      int id = single[cs[from]];
      out.add(id >= 0 ? id : unkId, start, end, false);
      return;
    }
    if (Character.codePointCount(cs, from, to - from) > maxChars) {
      out.add(unkId, start, end, false);
      return;
    }
    int mark = out.size;
    int s = from;
    while (s < to) {
      int e = to;
      int found = -1;
      while (s < e) {
        found = lookup(cs, s, e, s > from);
        if (found >= 0) {
          break;
        }
        e--;
        if (e > s && Character.isLowSurrogate(cs[e]) && Character.isHighSurrogate(cs[e - 1])) {
          e--;
        }
      }
      if (found < 0) {
        out.size = mark;
        out.add(unkId, start, end, false);
        return;
      }
      out.add(found, norm.starts[s], norm.ends[e - 1], s > from);
      s = e;
    }
  }

  private int lookup(char[] cs, int s, int e, boolean continued) {
    if (e - s == 1) {
      return continued ? singleContinued[cs[s]] : single[cs[s]];
    }
    Integer id = (continued ? continuations : ids).get(new String(cs, s, e - s));
    return id == null ? -1 : id;
  }
}
