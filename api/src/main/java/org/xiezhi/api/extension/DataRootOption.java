package org.xiezhi.api.extension;

import java.nio.file.Path;
import org.xiezhi.corpus.data.DataDir;
import picocli.CommandLine.Option;

/** The data root option ({@code --data-dir}, default {@code data}) of the commands that need no index override. */
public final class DataRootOption {
  @Option(names = "--data-dir", description = "data root: corpus/, index/, models/, audit/, backups/ (default: data)")
  Path root = DataDir.DEFAULT;

  /** The data root. */
  public DataDir data() {
    return DataDir.of(root);
  }
}
