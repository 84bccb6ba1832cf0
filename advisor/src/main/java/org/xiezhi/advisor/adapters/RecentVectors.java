package org.xiezhi.advisor.adapters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.inference.TextEmbedder;

/**
 * An embedder that remembers the vectors of the last texts it embedded: one piece of advice asks
 * the index for similar cases several times (charge check, then per charge) with the same facts.
 */
public final class RecentVectors implements TextEmbedder {
  private final TextEmbedder inner;
  private final Map<String, float[]> recent;

  public RecentVectors(TextEmbedder inner, int capacity) {
    this.inner = inner;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
        return size() > capacity;
      }
    };
  }

  @Override
  public String modelId() {
    return inner.modelId();
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    synchronized (recent) {
      for (String t : texts) {
        float[] v = recent.get(t);
        out.add(v);
        if (v == null) {
          missing.add(t);
        }
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    List<float[]> fresh = inner.embed(missing);
    synchronized (recent) {
      for (int i = 0; i < missing.size(); i++) {
        recent.put(missing.get(i), fresh.get(i));
      }
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) == null) {
          out.set(i, recent.get(texts.get(i)));
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    // the wrapped embedder belongs to the caller
  }
}
