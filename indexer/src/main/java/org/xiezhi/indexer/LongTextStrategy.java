package org.xiezhi.indexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a text longer than the embedder's window becomes one vector: its first window
 * ({@link #TRUNCATE}), or the mean or the element-wise max of its windows' vectors (at most
 * {@link #MAX_CHUNKS}), L2-normalised again.
 */
public enum LongTextStrategy {
  TRUNCATE,
  CHUNK_MEAN,
  CHUNK_MAX;

  /** Upper bound on the windows of one text. */
  public static final int MAX_CHUNKS = 8;

  /** Parses {@code truncate}, {@code chunk-mean}, {@code chunk-max}. */
  public static LongTextStrategy parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("long-text strategy must be truncate, chunk-mean or chunk-max, not " + s);
    }
  }

  /** The name written in the index metadata. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The windows of {@code text} to embed (lower-cased: the model's vocabulary is lower case). */
  public List<String> windows(String text, int maxChars) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    if (this == TRUNCATE || t.length() <= maxChars) {
      out.add(t.length() <= maxChars ? t : t.substring(0, maxChars));
      return out;
    }
    for (int b = 0; b < t.length() && out.size() < MAX_CHUNKS; b += maxChars) {
      out.add(t.substring(b, Math.min(t.length(), b + maxChars)));
    }
    return out;
  }

  /** Pools the vectors of one text's windows into one unit vector. */
  public float[] pool(List<float[]> vectors) {
    if (vectors.size() == 1) {
      return vectors.get(0);
    }
    int d = vectors.get(0).length;
    float[] p = new float[d];
    if (this == CHUNK_MAX) {
      java.util.Arrays.fill(p, Float.NEGATIVE_INFINITY);
      for (float[] v : vectors) {
        for (int i = 0; i < d; i++) {
          p[i] = Math.max(p[i], v[i]);
        }
      }
    } else {
      for (float[] v : vectors) {
        for (int i = 0; i < d; i++) {
          p[i] += v[i];
        }
      }
    }
    double n = 0;
    for (float f : p) {
      n += f * f;
    }
    float inv = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
    for (int i = 0; i < d; i++) {
      p[i] *= inv;
    }
    return p;
  }
}
