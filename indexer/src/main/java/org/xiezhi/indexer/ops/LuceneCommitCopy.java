package org.xiezhi.indexer.ops;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * Copies exactly the files of the latest commit of a Lucene index folder that another process may
 * be writing to. Lucene writes each file once and never changes it, so a file copied whole is
 * right; when a concurrent commit deletes a file before it is opened, the copy starts over from
 * the new latest commit (files already copied are kept when the new commit still uses them).
 */
final class LuceneCommitCopy {
  static final int MAX_ATTEMPTS = 20;

  private LuceneCommitCopy() {}

  /** True when {@code dir} holds a Lucene commit. */
  static boolean isIndexDir(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
    }
  }

  /** The result: the commit copied and the files written, by name. */
  record Result(SegmentInfos commit, Map<String, FileCopy.Copied> files, int attempts) {}

  /** Copies the latest commit of {@code from} into the empty folder {@code to} and checks the copy opens. */
  static Result copyLatest(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    Map<String, FileCopy.Copied> copied = new HashMap<>();
    IOException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      SegmentInfos sis;
      try (FSDirectory d = FSDirectory.open(from)) {
        sis = SegmentInfos.readLatestCommit(d);
      }
      try {
        for (String name : sis.files(true)) {
          if (!copied.containsKey(name)) {
            copied.put(name, FileCopy.copy(from.resolve(name), to.resolve(name)));
          }
        }
      } catch (NoSuchFileException | FileNotFoundException e) {
        last = e; // a newer commit deleted a file of this one: start over from the latest commit
        continue;
      }
      var keep = sis.files(true);
      for (var it = copied.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        if (!keep.contains(e.getKey())) {
          Files.deleteIfExists(to.resolve(e.getKey()));
          it.remove();
        }
      }
      try (FSDirectory d = FSDirectory.open(to); DirectoryReader r = DirectoryReader.open(d)) {
        if (r.maxDoc() != sis.totalMaxDoc()) {
          throw new IOException("copied commit " + sis.getSegmentsFileName() + " of " + from + " has " + r.maxDoc()
              + " documents, expected " + sis.totalMaxDoc());
        }
      }
      return new Result(sis, copied, attempt);
    }
    throw new IOException("index " + from + " changed under the copy " + MAX_ATTEMPTS + " times in a row", last);
  }
}
