package org.xiezhi.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled bge-small-zh-v1.5 through {@link OnnxEmbedder}: golden vectors, sanity, batching. */
class OnnxEmbedderTest {
  static final Path CACHE = Path.of("target", "model-cache");
  static OnnxEmbedder int8;
  static OnnxEmbedder fp32;
  static JsonNode golden;

  @BeforeAll
  static void open() throws Exception {
    EmbedderOptions o = EmbedderOptions.defaults().withCacheDir(CACHE);
    int8 = OnnxEmbedder.open(o);
    fp32 = OnnxEmbedder.open(o.withPrecision(Precision.FP32).withSessions(1));
    try (InputStream in = OnnxEmbedderTest.class.getResourceAsStream("golden-vectors.json")) {
      golden = new ObjectMapper().readTree(in);
    }
  }

  @AfterAll
  static void close() {
    int8.close();
    fp32.close();
  }

  @Test
  void modelIdsNameTheVectorSpace() {
    assertEquals("bge-small-zh-v1.5-int8@1", int8.modelId());
    assertEquals("bge-small-zh-v1.5-fp32@1", fp32.modelId());
    assertEquals(512, int8.dimension());
    assertEquals(512, int8.maxLength());
  }

  @Test
  void goldenVectorsInt8AndFp32() {
    for (OnnxEmbedder e : List.of(int8, fp32)) {
      JsonNode expected = golden.get(e.modelId());
      List<float[]> got = e.embed(GoldenTexts.TEXTS);
      for (int i = 0; i < GoldenTexts.TEXTS.size(); i++) {
        double cos = cosine(toArray(expected.get(i)), got.get(i));
        assertTrue(cos >= 0.999, e.modelId() + " text " + i + " cosine " + cos);
        assertEquals(1.0, norm(got.get(i)), 1e-5);
      }
    }
  }

  @Test
  void int8AndFp32AreDifferentSpaces() {
    float[] a = int8.embed(GoldenTexts.TEXTS.get(0));
    float[] b = fp32.embed(GoldenTexts.TEXTS.get(0));
    double cos = cosine(a, b);
    assertTrue(cos > 0.95 && cos < 0.9999, "int8 vs fp32 cosine " + cos);
    assertNotEquals(int8.modelId(), fp32.modelId());
  }

  @Test
  void similarFactsAreCloserThanUnrelatedOnes() {
    List<float[]> v = int8.embed(GoldenTexts.TEXTS);
    double theftTheft = cosine(v.get(0), v.get(1));
    for (int j = 2; j < v.size(); j++) {
      assertTrue(theftTheft > cosine(v.get(0), v.get(j)) + 0.05, "theft pair vs text " + j);
    }
  }

  @Test
  void batchingAndPaddingGiveTheSingleVectorsInInputOrder() {
    List<String> texts = new ArrayList<>(GoldenTexts.TEXTS);
    texts.add("盗窃");
    texts.add(GoldenTexts.TEXTS.get(2));
    assertEquals(8, fp32.batchSize());
    assertEquals(1, int8.batchSize());
    for (OnnxEmbedder e : List.of(fp32, int8)) {
      List<float[]> batched = e.embed(texts);
      assertEquals(texts.size(), batched.size());
      for (int i = 0; i < texts.size(); i++) {
        double cos = cosine(e.embed(texts.get(i)), batched.get(i));
        assertTrue(cos > 0.99999, e.modelId() + " text " + i + " cosine " + cos);
      }
    }
    assertTrue(int8.embed(List.of()).isEmpty());
  }

  @Test
  void int8BatchesMoveVectorsSlightlyBecauseQuantisationScalesSpanTheBatch() {
    try (OnnxEmbedder batched =
        OnnxEmbedder.open(EmbedderOptions.defaults().withCacheDir(CACHE).withSessions(1).withBatchSize(8))) {
      List<float[]> v = batched.embed(GoldenTexts.TEXTS);
      double worst = 1;
      for (int i = 0; i < v.size(); i++) {
        worst = Math.min(worst, cosine(int8.embed(GoldenTexts.TEXTS.get(i)), v.get(i)));
      }
      System.out.printf(java.util.Locale.ROOT, "int8 batch of 8 vs single: worst cosine %.5f%n", worst);
      assertTrue(worst > 0.98 && worst < 0.99999, "worst int8 batch-of-8 vs single cosine " + worst);
    }
  }

  @Test
  void longTextsAreCutAtMaxLength() {
    String longText = GoldenTexts.TEXTS.get(3).repeat(40);
    assertTrue(int8.tokenizer().countTokens(longText) > 1000);
    float[] v = int8.embed(longText);
    assertEquals(1.0, norm(v), 1e-5);
    try (OnnxEmbedder short64 =
        OnnxEmbedder.open(EmbedderOptions.defaults().withCacheDir(CACHE).withSessions(1).withMaxLength(64))) {
      assertEquals(64, short64.maxLength());
      double cos = cosine(short64.embed(longText), int8.embed(longText.substring(0, 62)));
      assertTrue(cos > 0.9999, "cut at 64 tokens vs first 62 characters: " + cos);
    }
  }

  @Test
  void aDamagedModelFileIsRefused(@TempDir Path dir) throws Exception {
    Path src = CACHE.resolve("bge-small-zh-v1.5-int8").resolve("1");
    for (String f : List.of("manifest.json", "bge-small-zh-v1.5-q.onnx", "tokenizer.json")) {
      Files.copy(src.resolve(f), dir.resolve(f));
    }
    try (OnnxEmbedder e = OnnxEmbedder.open(dir, EmbedderOptions.defaults().withSessions(1))) {
      assertEquals("bge-small-zh-v1.5-int8@1", e.modelId());
    }
    byte[] tok = Files.readAllBytes(dir.resolve("tokenizer.json"));
    tok[100] ^= 1;
    Files.write(dir.resolve("tokenizer.json"), tok);
    IllegalStateException ex =
        assertThrows(IllegalStateException.class, () -> OnnxEmbedder.open(dir, EmbedderOptions.defaults()));
    assertTrue(ex.getMessage().contains("sha256 mismatch"), ex.getMessage());
  }

  @Test
  void aDamagedCacheIsRestoredFromTheJar(@TempDir Path cache) throws Exception {
    EmbedderOptions o = EmbedderOptions.defaults().withCacheDir(cache).withSessions(1);
    try (OnnxEmbedder e = OnnxEmbedder.open(o)) {
      assertEquals(512, e.dimension());
    }
    Path tok = cache.resolve("bge-small-zh-v1.5-int8/1/tokenizer.json");
    Files.writeString(tok, "{}");
    try (OnnxEmbedder e = OnnxEmbedder.open(o)) {
      assertTrue(cosine(int8.embed("盗窃"), e.embed("盗窃")) > 0.9999);
    }
    assertEquals(439125, Files.size(tok));
  }

  @Test
  void badOptionsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> EmbedderOptions.defaults().withIntraOpThreads(0));
    assertThrows(IllegalArgumentException.class, () -> EmbedderOptions.defaults().withBatchSize(-1));
    assertThrows(IllegalArgumentException.class, () -> EmbedderOptions.defaults().withMaxLength(1));
    assertThrows(IllegalArgumentException.class, () -> Precision.parse("int4"));
    assertThrows(
        IllegalArgumentException.class,
        () -> OnnxEmbedder.open(EmbedderOptions.defaults().withCacheDir(CACHE).withMaxLength(1024)));
  }

  static float[] toArray(JsonNode n) {
    float[] v = new float[n.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) n.get(i).asDouble();
    }
    return v;
  }

  static double cosine(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += (double) a[i] * b[i];
    }
    return d / (norm(a) * norm(b));
  }

  static double norm(float[] a) {
    double s = 0;
    for (float x : a) {
      s += (double) x * x;
    }
    return Math.sqrt(s);
  }
}
