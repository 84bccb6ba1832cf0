package org.xiezhi.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The marks a build leaves in each commit's user data (running or complete, input records done,
 * the input's fingerprint), and whether a build may resume from them.
 */
final class BuildCheckpoints {
  private BuildCheckpoints() {}

  /** Commit user data keys of a build in progress. */
  static final String BUILD = "xiezhi.build";
  static final String POSITION = "xiezhi.build.position";
  static final String INPUT = "xiezhi.build.input";

  static Map<String, String> progressData(String input, long position, boolean complete) {
    return Map.of(BUILD, complete ? "complete" : "running", POSITION, Long.toString(position), INPUT, input);
  }

  /**
   * The input records an interrupted build of the same input and settings committed in
   * {@code dataDir}, or 0 when the build starts from scratch.
   */
  static long resumable(Path dataDir, IndexMeta meta, String input) throws IOException {
    Map<String, String> last;
    IndexMeta previous;
    try {
      last = CaseIndex.committedUserData(dataDir);
      previous = java.nio.file.Files.isRegularFile(dataDir.resolve(IndexMeta.FILE)) ? IndexMeta.read(dataDir) : null;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    if (!"running".equals(last.get(BUILD)) || !input.equals(last.get(INPUT)) || !meta.equals(previous)) {
      return 0;
    }
    return Long.parseLong(last.getOrDefault(POSITION, "0"));
  }
}
