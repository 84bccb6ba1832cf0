package org.xiezhi.indexer;

import java.util.ArrayList;
import java.util.List;
import org.xiezhi.inference.TextEmbedder;

/** A deterministic test embedder: hashed character bigrams, L2-normalised; counts its calls. */
final class HashingEmbedder implements TextEmbedder {
  private final String id;
  int texts;

  HashingEmbedder(String id) {
    this.id = id;
  }

  @Override
  public String modelId() {
    return id;
  }

  @Override
  public int dimension() {
    return 64;
  }

  @Override
  public List<float[]> embed(List<String> in) {
    List<float[]> out = new ArrayList<>();
    for (String t : in) {
      texts++;
      float[] v = new float[64];
      for (int i = 0; i + 1 < t.length(); i++) {
        v[Math.floorMod(t.substring(i, i + 2).hashCode(), 64)] += 1;
      }
      double n = 0;
      for (float f : v) {
        n += f * f;
      }
      for (int i = 0; i < 64; i++) {
        v[i] = n == 0 ? (i == 0 ? 1 : 0) : (float) (v[i] / Math.sqrt(n));
      }
      out.add(v);
    }
    return out;
  }

  @Override
  public void close() {}
}
