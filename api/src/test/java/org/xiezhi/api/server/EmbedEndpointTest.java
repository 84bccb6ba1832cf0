package org.xiezhi.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.inference.OnnxEmbedder;

/** The embedding endpoint with the real bundled model: normalised vectors, the model named, timing measured. */
class EmbedEndpointTest {

  @Test
  void embedsTextsWithTheBundledModel() throws Exception {
    Path dir = Files.createTempDirectory("xiezhi-embed");
    var services = TestDataRoot.services(TestDataRoot.get(), OnnxEmbedder.openDefault());
    try (TestService svc = new TestService(ServerConfig.defaults(dir, TestService.keys()).withPort(0), services, dir)) {
      var r = svc.post("/api/v1/embed", TestService.PLATFORM, "{\"texts\":[\"被告人醉酒驾驶机动车\",\"被告人秘密窃取他人财物\",\"被告人醉酒后驾驶汽车\"]}");
      assertEquals(200, r.statusCode(), r.body());
      JsonNode n = Json.mapper().readTree(r.body());
      assertEquals(512, n.get("dimension").asInt());
      assertTrue(n.get("model").asText().contains("bge-small-zh"), n.get("model").asText());
      double[][] v = new double[3][];
      for (int i = 0; i < 3; i++) {
        JsonNode vec = n.get("vectors").get(i);
        assertEquals(512, vec.size());
        v[i] = new double[512];
        double norm = 0;
        for (int j = 0; j < 512; j++) {
          v[i][j] = vec.get(j).asDouble();
          norm += v[i][j] * v[i][j];
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-3);
      }
      assertTrue(dot(v[0], v[2]) > dot(v[0], v[1]), "drunk driving is nearer drunk driving than theft");
      String metrics = svc.get("/metrics", TestService.ADMIN).body();
      assertTrue(metrics.contains("xiezhi_inference_duration_seconds_count{model=\"" + n.get("model").asText() + "\"} 1"), metrics);
      assertTrue(svc.get("/api/v1/models", TestService.JUDGE).body().contains("text embedder"));
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
