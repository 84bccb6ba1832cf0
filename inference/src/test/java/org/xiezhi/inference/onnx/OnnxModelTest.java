package org.xiezhi.inference.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiezhi.inference.EmbedderOptions;
import org.xiezhi.inference.OnnxEmbedder;
import org.xiezhi.inference.tokenizer.Encoding;

/** The generic session helper, run on the bundled int8 embedding model. */
class OnnxModelTest {

  @Test
  void namedInt64InputsGiveNamedFloatOutputsThatMatchTheEmbedder() {
    EmbedderOptions o = EmbedderOptions.defaults().withCacheDir(Path.of("target", "model-cache")).withSessions(1);
    try (OnnxEmbedder embedder = OnnxEmbedder.open(o);
        OnnxModel model = OnnxModel.open(embedder.modelFile(), SessionSettings.defaults())) {
      assertTrue(model.inputNames().containsAll(List.of("input_ids", "attention_mask", "token_type_ids")));
      String text = "被告人钱某驾驶货车肇事后逃逸。";
      Encoding e = embedder.tokenizer().encode(text);
      int n = e.length();
      long[] ids = Arrays.stream(e.ids()).asLongStream().toArray();
      long[] ones = new long[n];
      Arrays.fill(ones, 1);
      Map<String, Tensor> out =
          model.run(
              Map.of(
                  "input_ids", Tensor.of(ids, 1, n),
                  "attention_mask", Tensor.of(ones, 1, n),
                  "token_type_ids", Tensor.of(new long[n], 1, n)),
              List.of("last_hidden_state"));
      Tensor h = out.get("last_hidden_state");
      assertArrayEquals(new long[] {1, n, 512}, h.shape());
      float[] cls = Arrays.copyOf(h.floats(), 512);
      double norm = 0;
      for (float x : cls) {
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      float[] v = embedder.embed(text);
      for (int k = 0; k < 512; k++) {
        assertEquals(v[k], cls[k] / norm, 1e-5);
      }
    }
  }

  @Test
  void badTensorsAndMissingFilesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Tensor.of(new float[3], 2, 2));
    assertThrows(IllegalArgumentException.class, () -> new SessionSettings(0, true));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OnnxModel.open(Path.of("target", "no-such.onnx"), SessionSettings.defaults()));
    assertTrue(e.getMessage().contains("no-such.onnx"));
  }
}
