package org.xiezhi.indexer.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Restores a data directory from a {@link DataDirBackup}: every file is copied into a hidden
 * folder beside the data directory and its size and SHA-256 checked against the manifest while it
 * is copied; each Lucene commit is opened; only then is the old directory moved aside, the
 * restored one renamed into place and the old one deleted. A bad backup leaves the data directory
 * untouched and no staging folder behind. Stop the service (or reload its index) around a restore.
 */
public final class DataDirRestore {
  private DataDirRestore() {}

  /** What a restore wrote and how long it took. */
  public record Result(Path dataDir, BackupManifest manifest, boolean replaced, long millis) {}

  /**
   * Restores {@code backup} into {@code dataDir}; an existing non-empty {@code dataDir} is replaced
   * only when {@code replace} is true.
   */
  public static Result restore(Path backup, Path dataDir, boolean replace) throws IOException {
    long t0 = System.nanoTime();
    backup = backup.toAbsolutePath().normalize();
    dataDir = dataDir.toAbsolutePath().normalize();
    BackupManifest m = BackupManifest.read(backup);
    boolean exists = Files.exists(dataDir);
    if (exists && !Files.isDirectory(dataDir)) {
      throw new IOException(dataDir + " is not a directory");
    }
    boolean nonEmpty = exists && !isEmpty(dataDir);
    if (nonEmpty && !replace) {
      throw new IOException("data directory " + dataDir + " is not empty: pass --replace to replace it");
    }
    Path parent = dataDir.getParent();
    Files.createDirectories(parent);
    String name = dataDir.getFileName().toString();
    removeStaleStaging(parent, name);
    Path staging = parent.resolve("." + name + ".restore-" + System.nanoTime());
    try {
      copyVerified(backup.resolve(DataDirBackup.DATA), staging, m);
      FileCopy.fsyncDirs(staging);
      if (exists) {
        Path old = parent.resolve("." + name + ".old-" + System.nanoTime());
        Files.move(dataDir, old, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(staging, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.move(old, dataDir, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        FileCopy.fsync(parent, true);
        FileCopy.deleteTree(old);
      } else {
        Files.move(staging, dataDir, StandardCopyOption.ATOMIC_MOVE);
      }
      FileCopy.fsync(parent, true);
      return new Result(dataDir, m, nonEmpty, (System.nanoTime() - t0) / 1_000_000);
    } finally {
      FileCopy.deleteTree(staging);
    }
  }

  /** Checks every file of a backup against its manifest without restoring; throws on the first problem. */
  public static BackupManifest verify(Path backup) throws IOException {
    BackupManifest m = BackupManifest.read(backup);
    Path data = backup.resolve(DataDirBackup.DATA);
    for (BackupManifest.FileEntry f : m.files()) {
      Path p = safe(data, f.path());
      if (!Files.isRegularFile(p)) {
        throw new IOException("backup is damaged: " + f.path() + " is missing");
      }
      check(f, FileCopy.digest(p));
    }
    return m;
  }

  private static void copyVerified(Path data, Path staging, BackupManifest m) throws IOException {
    Set<String> listed = new HashSet<>();
    for (BackupManifest.FileEntry f : m.files()) {
      listed.add(f.path());
      Path src = safe(data, f.path());
      if (!Files.isRegularFile(src)) {
        throw new IOException("backup is damaged: " + f.path() + " is missing");
      }
      check(f, FileCopy.copy(src, safe(staging, f.path())));
    }
    try (Stream<Path> s = Files.walk(data)) {
      List<String> extra = s.filter(Files::isRegularFile).map(p -> DataDirBackup.rel(data, p))
          .filter(p -> !listed.contains(p)).sorted().toList();
      if (!extra.isEmpty()) {
        throw new IOException("backup is damaged: files not in the manifest: " + extra);
      }
    }
    for (BackupManifest.Commit c : m.commits()) {
      try (FSDirectory d = FSDirectory.open(safe(staging, c.dir())); DirectoryReader r = DirectoryReader.open(d)) {
        if (r.maxDoc() != c.maxDoc()) {
          throw new IOException("restored index " + c.dir() + " has " + r.maxDoc() + " documents, manifest says " + c.maxDoc());
        }
      }
    }
  }

  private static void check(BackupManifest.FileEntry f, FileCopy.Copied got) throws IOException {
    if (got.size() != f.size() || !got.sha256().equals(f.sha256())) {
      throw new IOException("backup is damaged: " + f.path() + " has " + got.size() + " bytes sha256 " + got.sha256()
          + ", manifest says " + f.size() + " bytes sha256 " + f.sha256());
    }
  }

  /** Resolves a manifest path under {@code root}, refusing absolute paths and {@code ..}. */
  private static Path safe(Path root, String rel) throws IOException {
    Path p = root.resolve(rel).normalize();
    if (rel.startsWith("/") || rel.contains("\\") || !p.startsWith(root) || p.equals(root)) {
      throw new IOException("backup manifest has an unsafe path: " + rel);
    }
    return p;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /** Staging folders of an earlier restore that was killed are never live data: remove them. */
  private static void removeStaleStaging(Path parent, String name) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.getFileName().toString().startsWith("." + name + ".restore-")) {
          FileCopy.deleteTree(p);
        }
      }
    }
  }
}
