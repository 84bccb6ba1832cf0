package org.xiezhi.indexer.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/** Copying with a SHA-256 of the bytes copied, fsync, and recursive delete: the file work of backup and restore. */
final class FileCopy {
  private FileCopy() {}

  /** What a copy wrote: size and SHA-256 hex of exactly the bytes written. */
  record Copied(long size, String sha256) {}

  /** Copies {@code from} to a new file {@code to} (parents created), forces it to disk, returns size and digest. */
  static Copied copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    MessageDigest md = sha256();
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(from);
        OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        out.write(buf, 0, r);
        md.update(buf, 0, r);
        n += r;
      }
    }
    fsync(to, false);
    return new Copied(n, HexFormat.of().formatHex(md.digest()));
  }

  /** Size and SHA-256 of a file as it is now. */
  static Copied digest(Path f) throws IOException {
    MessageDigest md = sha256();
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        md.update(buf, 0, r);
        n += r;
      }
    }
    return new Copied(n, HexFormat.of().formatHex(md.digest()));
  }

  /** Forces a file or directory to disk (directories: where the platform allows). */
  static void fsync(Path p, boolean isDir) throws IOException {
    IOUtils.fsync(p, isDir);
  }

  /** Forces every directory under {@code root} (and root) to disk, so renames and new entries are durable. */
  static void fsyncDirs(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path d : (Iterable<Path>) s.filter(Files::isDirectory)::iterator) {
        fsync(d, true);
      }
    }
  }

  /** Deletes a file tree if it exists. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
