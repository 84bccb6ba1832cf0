package org.xiezhi.models.features;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a fact description into hashed character n-grams (1..maxN) plus named signal features.
 * Digits are folded to {@code 0} and whitespace dropped; n-gram weights are {@code 1 + ln(tf)},
 * L2-normalised; each signal (e.g. {@code C:盗窃}, {@code AMT:5}) gets weight 1. Ids lie in
 * {@code [0, dimension)}; the hash is FNV-1a over UTF-16 chars, so ids are stable across runs.
 */
public final class NgramHasher {
  private final int dimension;
  private final int maxN;

  public NgramHasher(int dimension, int maxN) {
    if (dimension < 16 || maxN < 1 || maxN > 5) {
      throw new IllegalArgumentException("bad hasher settings: dimension " + dimension + ", n " + maxN);
    }
    this.dimension = dimension;
    this.maxN = maxN;
  }

  public int dimension() {
    return dimension;
  }

  public int maxN() {
    return maxN;
  }

  /** Features of {@code text} and {@code signals}. */
  public HashedFeatures features(String text, Collection<String> signals) {
    char[] cs = normalise(text == null ? "" : text);
    Map<Long, float[]> acc = new HashMap<>(cs.length * 3);
    for (int i = 0; i < cs.length; i++) {
      int h = 0x811c9dc5;
      for (int n = 1; n <= maxN && i + n <= cs.length; n++) {
        h ^= cs[i + n - 1];
        h *= 0x01000193;
        int mixed = h ^ (n * 0x9e3779b9);
        long id = Integer.toUnsignedLong(mixed * 0x85ebca6b) % dimension;
        acc.computeIfAbsent(id, k -> new float[1])[0] += 1f;
      }
    }
    double norm = 0;
    for (float[] v : acc.values()) {
      v[0] = (float) (1 + Math.log(v[0]));
      norm += (double) v[0] * v[0];
    }
    float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
    for (float[] v : acc.values()) {
      v[0] *= inv;
    }
    for (String s : signals) {
      long id = signalId(s);
      acc.computeIfAbsent(id, k -> new float[1])[0] += 1f;
    }
    long[] ids = new long[acc.size()];
    int k = 0;
    for (Long id : acc.keySet()) {
      ids[k++] = id;
    }
    Arrays.sort(ids);
    float[] vals = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      vals[i] = acc.get(ids[i])[0];
    }
    return new HashedFeatures(ids, vals);
  }

  /** The id of a named signal feature. */
  public long signalId(String name) {
    int h = 0x811c9dc5;
    h ^= 0x7f;
    h *= 0x01000193;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x01000193;
    }
    return Integer.toUnsignedLong(h * 0x85ebca6b) % dimension;
  }

  private static char[] normalise(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        continue;
      }
      if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
        c = '0';
      }
      sb.append(c);
    }
    return sb.toString().toCharArray();
  }
}
