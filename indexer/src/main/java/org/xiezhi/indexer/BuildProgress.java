package org.xiezhi.indexer;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a progress line at most every two seconds. */
final class BuildProgress {
  private final PrintStream log;
  private final long start = System.nanoTime();
  private long last;

  BuildProgress(PrintStream log) {
    this.log = log;
  }

  void tick(IndexBuilder.Counters c) {
    long now = System.nanoTime();
    if (now - last < 2_000_000_000L) {
      return;
    }
    last = now;
    line(c, now);
  }

  void done(IndexBuilder.Counters c) {
    line(c, System.nanoTime());
  }

  private void line(IndexBuilder.Counters c, long now) {
    double sec = (now - start) / 1e9;
    log.printf(Locale.ROOT, "  %,d cases indexed, %,d embedded, %.1f s, %.1f cases/s%n",
        c.casesIndexed, c.vectorsEmbedded, sec, c.casesIndexed / Math.max(sec, 1e-9));
  }
}
