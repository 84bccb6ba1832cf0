package org.xiezhi.corpus.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.xiezhi.corpus.source.RawJudgment;

/**
 * Plain-text criminal judgments: every {@code *.txt} file directly in a folder, UTF-8, read in file
 * name order; the file stem is the document id.
 */
public final class TextJudgments {
  /** Receives each judgment text, or the reason a file could not be read. */
  public interface Sink {
    void accept(RawJudgment judgment) throws IOException;

    void reject(String stem, String reason);
  }

  private TextJudgments() {}

  /** Delivers every {@code .txt} file of {@code dir}; throws when the folder is missing. */
  public static void forEach(Path dir, Sink sink) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a folder: " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
              .sorted()
              .toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String stem = name.substring(0, name.length() - ".txt".length());
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(f)))
                .toString();
      } catch (CharacterCodingException e) {
        sink.reject(stem, "not UTF-8 text");
        continue;
      } catch (IOException e) {
        sink.reject(stem, "unreadable: " + e.getMessage());
        continue;
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      sink.accept(new RawJudgment(stem, null, null, null, null, text, null));
    }
  }
}
