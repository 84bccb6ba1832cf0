package org.xiezhi.corpus.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.xiezhi.corpus.io.Json;

/**
 * Streams the distinct LeCaRD candidate judgments from {@code candidates.tar.xz} (never unpacked to
 * disk) or from an unpacked {@code candidates/} tree. A judgment in several pools is delivered once,
 * the first time it is met; the archive order is fixed, so the order is reproducible.
 */
public final class LecardCandidates {

  /** Receives each judgment, or the failure to read one. */
  public interface Sink {
    void accept(RawJudgment judgment) throws IOException;

    /** A file that could not be read or decoded: counted, never dropped silently. */
    void reject(String docId, String reason);
  }

  private final Path lecardDir;

  public LecardCandidates(Path lecardDir) {
    this.lecardDir = lecardDir;
  }

  /** Where the candidates are read from, for logging. */
  public Path location() {
    Path tree = lecardDir.resolve("candidates");
    return Files.isDirectory(tree) ? tree : lecardDir.resolve("candidates.tar.xz");
  }

  /** Delivers every distinct judgment to {@code sink}. */
  public void forEach(Sink sink) throws IOException {
    Path tree = lecardDir.resolve("candidates");
    Set<String> seen = new HashSet<>();
    if (Files.isDirectory(tree)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(tree)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        String id = docId(f.getFileName().toString());
        if (seen.add(id)) {
          try (InputStream in = Files.newInputStream(f)) {
            deliver(id, in.readAllBytes(), sink);
          }
        }
      }
      return;
    }
    Path archive = lecardDir.resolve("candidates.tar.xz");
    if (!Files.isRegularFile(archive)) {
      throw new IOException("no candidates.tar.xz or candidates/ in " + lecardDir);
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        XZCompressorInputStream xz = new XZCompressorInputStream(raw);
        TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (!e.isFile() || !e.getName().endsWith(".json")) {
          continue;
        }
        String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
        String id = docId(name);
        byte[] bytes = tar.readAllBytes();
        if (seen.add(id)) {
          deliver(id, bytes, sink);
        }
      }
    }
  }

  private static String docId(String fileName) {
    return fileName.substring(0, fileName.length() - ".json".length());
  }

  private static void deliver(String id, byte[] bytes, Sink sink) throws IOException {
    JsonNode n;
    try {
      n = Json.mapper().readTree(bytes);
    } catch (IOException ex) {
      sink.reject(id, "unreadable JSON: " + ex.getMessage());
      return;
    }
    if (n == null || !n.isObject()) {
      sink.reject(id, "not a JSON object");
      return;
    }
    sink.accept(
        new RawJudgment(
            id,
            text(n, "ajName"),
            text(n, "ajjbqk"),
            text(n, "cpfxgc"),
            text(n, "pjjg"),
            text(n, "qw"),
            text(n, "writName")));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
