package org.xiezhi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The api sees the lower modules through their own types only: no main-source file of the api
 * names Lucene or ONNX Runtime (the indexer and the inference module own them).
 */
class ModuleBoundaryTest {
  static final List<String> FORBIDDEN = List.of("org.apache.lucene", "ai.onnxruntime");

  @Test
  void apiMainSourcesNameNeitherLuceneNorOnnxRuntime() throws IOException {
    Path main = Path.of("src", "main", "java", "org", "xiezhi", "api");
    assertTrue(Files.isDirectory(main), "run from the api module: " + main.toAbsolutePath());
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(main)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
        files++;
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          for (String f : FORBIDDEN) {
            if (lines.get(i).contains(f)) {
              found.add(main.relativize(p) + ":" + (i + 1) + " " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertTrue(files > 50, "api main sources read: " + files);
    assertEquals(List.of(), found);
  }
}
