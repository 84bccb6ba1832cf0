package org.xiezhi.inference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An embedder that keeps the vectors of the texts it embedded last (least recently used out): one
 * analysis in the workbench sends the same facts to prediction, similar cases and each defendant's
 * advice at once, and each of them embeds them; with this the model runs once per text, and a call
 * that asks for a text another call is embedding waits for that vector instead of computing it
 * again (one piece of advice also asks the index several times with the same facts). Callers
 * receive copies, so no caller can change a kept vector.
 */
public final class RecentVectors implements TextEmbedder {
  /** Texts kept by default: the windows of a few dozen fact descriptions. */
  public static final int CAPACITY = 256;
  private final TextEmbedder model;
  private final boolean ownsModel;
  private final Map<String, CompletableFuture<float[]>> kept;

  /** Keeps {@link #CAPACITY} texts' vectors of {@code model}, and closes the model when closed. */
  public RecentVectors(TextEmbedder model) {
    this(model, CAPACITY, true);
  }

  /**
   * Keeps {@code capacity} texts' vectors of {@code model}; {@code ownsModel}: close the model when
   * this is closed (false when the caller keeps and closes it).
   */
  public RecentVectors(TextEmbedder model, int capacity, boolean ownsModel) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.model = java.util.Objects.requireNonNull(model, "model");
    this.ownsModel = ownsModel;
    this.kept = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<float[]>> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<CompletableFuture<float[]>> vectors = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    List<CompletableFuture<float[]>> mine = new ArrayList<>();
    synchronized (kept) {
      for (String t : texts) {
        CompletableFuture<float[]> f = kept.get(t);
        if (f == null) {
          f = new CompletableFuture<>();
          kept.put(t, f);
          missing.add(t);
          mine.add(f);
        }
        vectors.add(f);
      }
    }
    if (!missing.isEmpty()) {
      try {
        List<float[]> computed = model.embed(missing);
        for (int i = 0; i < mine.size(); i++) {
          mine.get(i).complete(computed.get(i));
        }
      } catch (RuntimeException | Error e) {
        // every waiter gets the failure (an Error too, so none waits forever) and it is not kept
        synchronized (kept) {
          missing.forEach(kept::remove);
        }
        mine.forEach(f -> f.completeExceptionally(e));
        throw e;
      }
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (CompletableFuture<float[]> f : vectors) {
      try {
        out.add(f.join().clone());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (ownsModel) {
      model.close();
    }
  }
}
