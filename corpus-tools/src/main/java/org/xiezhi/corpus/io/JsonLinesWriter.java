package org.xiezhi.corpus.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes JSON Lines to a temporary file beside the target and moves it into place on
 * {@link #commit()}, so a reader never sees a half-written file.
 */
public final class JsonLinesWriter implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final BufferedWriter out;
  private long count;
  private boolean committed;

  public JsonLinesWriter(Path target) throws IOException {
    this.target = target;
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    this.temp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
    this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
  }

  /** Appends one record as one line. */
  public void write(Object record) throws IOException {
    out.write(Json.line(record));
    out.write('\n');
    count++;
  }

  /** Number of records written so far. */
  public long count() {
    return count;
  }

  /** Flushes, syncs and atomically replaces the target with what was written. */
  public void commit() throws IOException {
    out.flush();
    out.close();
    try (var ch = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      out.close();
      Files.deleteIfExists(temp);
    }
  }
}
