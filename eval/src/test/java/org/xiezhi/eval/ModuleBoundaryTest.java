package org.xiezhi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluations use the api only through its public extension surface ({@code org.xiezhi.api.extension}:
 * the command extension point, the data root options, the in-process service of {@code bench load}),
 * never its wiring, handlers, server or command classes.
 */
class ModuleBoundaryTest {
  private static final Pattern API_TYPE = Pattern.compile("org\\.xiezhi\\.api\\.([a-z]+)\\.");

  @Test
  void evalMainSourcesUseOnlyTheApisExtensionPackage() throws IOException {
    Path main = Path.of("src", "main", "java", "org", "xiezhi", "eval");
    assertTrue(Files.isDirectory(main), "run from the eval module: " + main.toAbsolutePath());
    List<String> found = new ArrayList<>();
    int uses = 0;
    try (Stream<Path> s = Files.walk(main)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = API_TYPE.matcher(lines.get(i));
          while (m.find()) {
            uses++;
            if (!m.group(1).equals("extension")) {
              found.add(main.relativize(p) + ":" + (i + 1) + " " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertTrue(uses > 0, "no use of the api found at all: the scan read nothing");
    assertEquals(List.of(), found);
  }
}
