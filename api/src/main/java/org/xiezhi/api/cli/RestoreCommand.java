package org.xiezhi.api.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.api.extension.DataRootOption;
import org.xiezhi.indexer.ops.DataDirRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiezhi restore}: verifies a backup against its manifest, then swaps it in whole for the data directory. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Restore a data directory from a backup (verified first; never half-restored). Stop the service first.")
public final class RestoreCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, description = "backup folder written by xiezhi backup")
  Path from;

  @picocli.CommandLine.Mixin DataRootOption data = new DataRootOption();

  @Option(names = "--replace", description = "replace a data directory that is not empty")
  boolean replace;

  @Option(names = "--verify-only", description = "only check the backup's files against its manifest")
  boolean verifyOnly;

  @Override
  public Integer call() {
    try {
      if (verifyOnly) {
        var m = DataDirRestore.verify(from);
        System.out.printf(Locale.ROOT, "backup %s is intact: %d files, %.1f MB%n", from, m.files().size(), m.totalBytes() / 1e6);
        return 0;
      }
      DataDirRestore.Result r = DataDirRestore.restore(from, data.data().root(), replace);
      System.out.printf(Locale.ROOT, "restore %s -> %s%s: %d files, %.1f MB verified in %.2f s%n", from, r.dataDir(),
          r.replaced() ? " (replaced)" : "", r.manifest().files().size(), r.manifest().totalBytes() / 1e6, r.millis() / 1000.0);
      return 0;
    } catch (Exception e) {
      System.err.println("restore failed: " + e.getMessage());
      return 1;
    }
  }
}
