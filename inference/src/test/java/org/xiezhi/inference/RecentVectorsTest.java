package org.xiezhi.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bundled embedding model behind {@link RecentVectors}: the same vectors, the model run once per text. */
class RecentVectorsTest {
  static final String FACTS = "被告人饮酒后驾驶小型轿车在道路上行驶，被执勤民警查获，经鉴定其血液中乙醇含量为180mg/100ml。";
  static final String OTHER = "被告人趁无人注意之机，撬锁进入车库，窃得被害人电动自行车两辆，价值人民币五千元。";

  /** Counts the texts the real model is asked to embed. */
  static final class Counted implements TextEmbedder {
    final TextEmbedder model;
    final AtomicInteger texts = new AtomicInteger();

    Counted(TextEmbedder model) {
      this.model = model;
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
    public List<float[]> embed(List<String> t) {
      texts.addAndGet(t.size());
      return model.embed(t);
    }

    @Override
    public void close() {
      model.close();
    }
  }

  @Test
  void concurrentCallsForTheSameFactsRunTheModelOnce() throws Exception {
    Counted counted = new Counted(OnnxEmbedder.openDefault());
    try (TextEmbedder plain = OnnxEmbedder.openDefault(); RecentVectors recent = new RecentVectors(counted)) {
      float[] expected = plain.embed(FACTS);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<float[]>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          calls.add(pool.submit(() -> recent.embed(FACTS)));
        }
        for (Future<float[]> f : calls) {
          assertArrayEquals(expected, f.get(), 1e-6f);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(1, counted.texts.get(), "eight calls, one run of the model");
      List<float[]> two = recent.embed(List.of(OTHER, FACTS));
      assertArrayEquals(plain.embed(OTHER), two.get(0), 1e-6f);
      assertEquals(2, counted.texts.get(), "only the new text is embedded");
      float[] a = recent.embed(FACTS);
      a[0] = 42f;
      float[] b = recent.embed(FACTS);
      assertNotSame(a, b);
      assertArrayEquals(expected, b, 1e-6f);
    }
  }

  @Test
  void keepsOnlyItsCapacityAndLeavesACallersModelOpen() {
    try (TextEmbedder model = OnnxEmbedder.openDefault()) {
      Counted counted = new Counted(model);
      float[] expected = model.embed(FACTS);
      try (RecentVectors recent = new RecentVectors(counted, 1, false)) {
        recent.embed(FACTS);
        recent.embed(OTHER);
        assertArrayEquals(expected, recent.embed(FACTS), 1e-6f);
        assertEquals(3, counted.texts.get(), "with room for one text, the first was dropped and embedded again");
        recent.embed(FACTS);
        assertEquals(3, counted.texts.get(), "the text kept is not embedded again");
      }
      // closing the cache did not close the caller's model
      assertArrayEquals(expected, model.embed(FACTS), 1e-6f);
    }
  }

  @Test
  void refusesAnEmptyCapacity() {
    try (TextEmbedder model = OnnxEmbedder.openDefault()) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> new RecentVectors(model, 0, false));
      assertEquals("capacity must be at least 1, was 0", e.getMessage());
    }
  }
}
