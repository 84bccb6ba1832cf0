package org.xiezhi.api.extension;

import java.nio.file.Path;
import org.xiezhi.corpus.data.DataDir;
import picocli.CommandLine.Option;

/**
 * The data root option every command shares ({@code --data-dir}, default {@code data}) and the
 * override of its index folder ({@code --index-dir}) for the commands that read an index.
 */
public final class DataDirOptions {
  @Option(names = "--data-dir", description = "data root: corpus/, index/, models/, audit/, backups/ (default: data)")
  Path root = DataDir.DEFAULT;

  @Option(names = "--index-dir", description = "index folder, overriding <data-dir>/index")
  Path indexDir;

  /** The data root. */
  public DataDir data() {
    return DataDir.of(root);
  }

  /** The --index-dir override, or null for the data root's index/. */
  public Path indexOverride() {
    return indexDir;
  }

  /** The index folder to read: --index-dir, else the data root's index/ (which must have been built). */
  public Path index() {
    return indexDir != null ? indexDir : data().requireIndex();
  }
}
