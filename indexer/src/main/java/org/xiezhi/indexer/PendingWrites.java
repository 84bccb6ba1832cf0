package org.xiezhi.indexer;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids written or deleted since the searcher was last refreshed, so that {@link CaseIndex#delete}
 * counts against the writer's state, not a stale reader's: deleting {@code p} twice counts once, and
 * an id added since the refresh counts as existing.
 */
final class PendingWrites {
  private record Mark(boolean deleted, long seq) {}

  private final Map<String, Mark> marks = new HashMap<>();
  private long seq;

  /** Whether {@code id} exists by the pending writes: true, false, or null when none touched it. */
  synchronized Boolean exists(String id) {
    Mark m = marks.get(id);
    return m == null ? null : !m.deleted();
  }

  synchronized void written(String id) {
    marks.put(id, new Mark(false, ++seq));
  }

  synchronized void deleted(String id) {
    marks.put(id, new Mark(true, ++seq));
  }

  /** A refresh the searcher will reflect; marks made before it began are dropped once it is done. */
  interface Refresh {
    void run() throws IOException;
  }

  void refresh(Refresh r) throws IOException {
    long before;
    synchronized (this) {
      before = seq;
    }
    r.run();
    synchronized (this) {
      marks.values().removeIf(m -> m.seq() <= before);
    }
  }
}
