package org.xiezhi.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** The commit data of an index folder, read without opening the index. */
final class IndexCommits {
  private IndexCommits() {}

  /** The user data of the latest commit of the index in {@code dataDir}; empty when there is none. */
  static Map<String, String> userData(Path dataDir) throws IOException {
    Path lucene = dataDir.resolve("lucene");
    if (!Files.isDirectory(lucene)) {
      return Map.of();
    }
    try (Directory d = FSDirectory.open(lucene)) {
      if (!DirectoryReader.indexExists(d)) {
        return Map.of();
      }
      return Map.copyOf(SegmentInfos.readLatestCommit(d).getUserData());
    }
  }
}
