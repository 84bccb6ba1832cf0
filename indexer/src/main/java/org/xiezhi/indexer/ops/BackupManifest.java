package org.xiezhi.indexer.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.xiezhi.corpus.io.Json;

/**
 * The table of contents of a backup, {@code manifest.json} at its root: every file with its path
 * relative to the data directory, size and SHA-256, and the Lucene commit point copied for each
 * index folder. A backup without a manifest is incomplete and never restored.
 */
public record BackupManifest(int formatVersion, String createdAt, List<Commit> commits, List<FileEntry> files) {

  /** The current manifest format. */
  public static final int FORMAT = 1;

  /** The manifest's file name inside a backup. */
  public static final String FILE = "manifest.json";

  /**
   * One Lucene commit point: the index folder, its segments file, generation and document count, and
   * how many tries the copy took (more than one when a concurrent commit deleted a file first).
   */
  public record Commit(String dir, String segmentsFile, long generation, int maxDoc, int copyAttempts) {}

  /** One file: path relative to the data directory (forward slashes), size in bytes, SHA-256 hex. */
  public record FileEntry(String path, long size, String sha256) {}

  public BackupManifest {
    commits = List.copyOf(commits);
    files = List.copyOf(files);
  }

  /** Total bytes of all files. */
  public long totalBytes() {
    return files.stream().mapToLong(FileEntry::size).sum();
  }

  /** Reads the manifest of a backup; fails with a clear message when missing or of another format. */
  public static BackupManifest read(Path backupDir) throws IOException {
    Path f = backupDir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      throw new IOException("not a complete backup: " + f + " is missing");
    }
    BackupManifest m = Json.mapper().readValue(f.toFile(), BackupManifest.class);
    if (m.formatVersion() != FORMAT) {
      throw new IOException("backup manifest format " + m.formatVersion() + ", expected " + FORMAT);
    }
    return m;
  }

  /** Writes the manifest atomically (temporary file, fsync, move). */
  void write(Path backupDir) throws IOException {
    Path tmp = backupDir.resolve(FILE + ".part");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
    FileCopy.fsync(tmp, false);
    Files.move(tmp, backupDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
  }
}
