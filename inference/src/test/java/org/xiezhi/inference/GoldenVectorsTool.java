package org.xiezhi.inference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the golden vectors of {@link GoldenTexts} (run once by hand when the model changes:
 * {@code java -cp … org.xiezhi.inference.GoldenVectorsTool src/test/resources/…/golden-vectors.json}).
 */
public final class GoldenVectorsTool {
  private GoldenVectorsTool() {}

  public static void main(String[] args) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("texts", GoldenTexts.TEXTS);
    for (Precision p : Precision.values()) {
      try (OnnxEmbedder e = OnnxEmbedder.open(EmbedderOptions.defaults().withPrecision(p).withSessions(1))) {
        List<float[]> vs = new java.util.ArrayList<>();
        for (String t : GoldenTexts.TEXTS) {
          vs.add(e.embed(t));
        }
        out.put(e.modelId(), vs);
      }
    }
    new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[0]).toFile(), out);
  }
}
