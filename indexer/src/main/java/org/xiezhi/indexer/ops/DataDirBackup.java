package org.xiezhi.indexer.ops;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A consistent copy of a data directory while it is in use: for each Lucene index folder exactly
 * the files of its latest commit (see {@link LuceneCommitCopy}), and every other file (corpus
 * records, model registry, index metadata and dictionary, vector cache, audit log) as it is,
 * skipping lock and temporary files ({@code write.lock}, {@code *.part}, {@code *.tmp}). The
 * backup is built in a hidden folder beside the target and renamed into place after its
 * {@link BackupManifest} is written, so {@code target} either holds a complete backup or does not exist.
 *
 * <p>Layout: {@code <target>/manifest.json} and {@code <target>/data/<path in the data directory>}.
 */
public final class DataDirBackup {
  /** The folder inside a backup that mirrors the data directory. */
  public static final String DATA = "data";

  /** The data directory's folder of backups, never itself backed up. */
  public static final String BACKUPS = "backups";

  private DataDirBackup() {}

  /** What a backup wrote and how long it took. */
  public record Result(Path target, BackupManifest manifest, long millis) {}

  /** Backs up {@code dataDir} into the new folder {@code target} (which must not exist). */
  public static Result backup(Path dataDir, Path target) throws IOException {
    long t0 = System.nanoTime();
    dataDir = dataDir.toAbsolutePath().normalize();
    target = target.toAbsolutePath().normalize();
    if (!Files.isDirectory(dataDir)) {
      throw new IOException("data directory " + dataDir + " does not exist");
    }
    if (Files.exists(target)) {
      throw new IOException("backup target " + target + " already exists: choose a new folder");
    }
    Path backups = dataDir.resolve(BACKUPS);
    if (target.startsWith(dataDir) && !target.startsWith(backups)) {
      throw new IOException("backup target " + target + " is inside the data directory " + dataDir + " (outside its " + BACKUPS + "/)");
    }
    Files.createDirectories(target.getParent());
    Path staging = target.resolveSibling("." + target.getFileName() + ".part-" + System.nanoTime());
    try {
      BackupManifest m = copyInto(dataDir, staging.resolve(DATA));
      m.write(staging);
      FileCopy.fsyncDirs(staging);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      FileCopy.fsync(target.getParent(), true);
      return new Result(target, m, (System.nanoTime() - t0) / 1_000_000);
    } finally {
      FileCopy.deleteTree(staging);
    }
  }

  private static BackupManifest copyInto(Path dataDir, Path out) throws IOException {
    List<Path> indexDirs = new ArrayList<>();
    List<Path> plainFiles = new ArrayList<>();
    // files vanish under a live writer (Lucene's *.tmp, replaced outputs): skip them, never fail the walk
    Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (dir.equals(dataDir.resolve(BACKUPS))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (LuceneCommitCopy.isIndexDir(dir)) {
          indexDirs.add(dir);
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !skipped(file)) {
          plainFiles.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
    indexDirs.sort(null);
    plainFiles.sort(null);
    List<BackupManifest.Commit> commits = new ArrayList<>();
    List<BackupManifest.FileEntry> files = new ArrayList<>();
    for (Path d : indexDirs) {
      String rel = rel(dataDir, d);
      LuceneCommitCopy.Result r = LuceneCommitCopy.copyLatest(d, out.resolve(rel));
      commits.add(new BackupManifest.Commit(rel, r.commit().getSegmentsFileName(), r.commit().getGeneration(),
          r.commit().totalMaxDoc(), r.attempts()));
      r.files().forEach((name, c) -> files.add(new BackupManifest.FileEntry(rel + "/" + name, c.size(), c.sha256())));
    }
    for (Path f : plainFiles) {
      String rel = rel(dataDir, f);
      FileCopy.Copied c;
      try {
        c = FileCopy.copy(f, out.resolve(rel));
      } catch (NoSuchFileException gone) {
        continue; // removed since the listing (e.g. replaced by an atomic move): its replacement is listed or newer
      }
      files.add(new BackupManifest.FileEntry(rel, c.size(), c.sha256()));
    }
    files.sort(Comparator.comparing(BackupManifest.FileEntry::path));
    return new BackupManifest(BackupManifest.FORMAT, Instant.now().toString(), commits, files);
  }

  static boolean skipped(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.equals("write.lock") || n.endsWith(".part") || n.endsWith(".tmp") || n.contains(".part-");
  }

  static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
