package org.xiezhi.corpus.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Lines file of one record type. */
public final class JsonLinesReader {
  private JsonLinesReader() {}

  /** Reads every non-blank line of {@code file} as {@code type}. */
  public static <T> List<T> readAll(Path file, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(Json.mapper().readValue(line, type));
        } catch (IOException e) {
          throw new IOException(file.getFileName() + " line " + n + ": " + e.getMessage(), e);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }
}
