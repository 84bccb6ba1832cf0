package org.xiezhi.corpus.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of a build step's inputs (the bytes of every file under the given paths, in path
 * order, with their relative names, and the step's settings), kept in a file beside the step's
 * output: a step whose fingerprint file holds the same digest is skipped.
 */
public final class StepFingerprint {
  private final MessageDigest digest;

  private StepFingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The digest of {@code settings} and of every regular file under {@code inputs} (files or folders). */
  public static String of(String settings, List<Path> inputs) throws IOException {
    StepFingerprint f = new StepFingerprint();
    f.text("settings:" + settings);
    for (Path in : inputs) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.walk(in)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(in)) {
        files.add(in);
      } else {
        throw new IllegalArgumentException("input not found: " + in);
      }
      for (Path p : files) {
        f.text("file:" + in.getFileName() + "/" + in.relativize(p) + ":" + Files.size(p));
        f.file(p);
      }
    }
    return HexFormat.of().formatHex(f.digest.digest());
  }

  /** Whether {@code file} holds {@code fingerprint} (and {@code output} exists). */
  public static boolean matches(Path file, String fingerprint) throws IOException {
    return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(fingerprint);
  }

  /** Writes {@code fingerprint} to {@code file} (temporary file, then moved into place). */
  public static void write(Path file, String fingerprint) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, fingerprint + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private void text(String s) {
    digest.update(s.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private void file(Path p) throws IOException {
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(p)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        digest.update(buf, 0, n);
      }
    }
  }
}
