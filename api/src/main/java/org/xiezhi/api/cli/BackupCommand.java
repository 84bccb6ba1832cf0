package org.xiezhi.api.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiezhi.api.extension.DataRootOption;
import org.xiezhi.indexer.ops.BackupManifest;
import org.xiezhi.indexer.ops.DataDirBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiezhi backup}: a consistent copy of the data directory, safe while the service runs and the index is written. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Back up the data directory (latest index commit, corpus records, model registry) while serving.")
public final class BackupCommand implements Callable<Integer> {
  @Mixin DataRootOption data = new DataRootOption();

  @Option(names = "--to", description = "new folder for the backup, must not exist (default: <data-dir>/backups/<UTC time>)")
  Path to;

  @Override
  public Integer call() {
    try {
      Path dataDir = data.data().root();
      if (to == null) {
        to = data.data().backups().resolve(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()));
      }
      DataDirBackup.Result r = DataDirBackup.backup(dataDir, to);
      BackupManifest m = r.manifest();
      for (BackupManifest.Commit c : m.commits()) {
        System.out.printf(Locale.ROOT, "index %s: commit %s, %d documents%n", c.dir(), c.segmentsFile(), c.maxDoc());
      }
      System.out.printf(Locale.ROOT, "backup %s -> %s: %d files, %.1f MB in %.2f s%n", dataDir, r.target(),
          m.files().size(), m.totalBytes() / 1e6, r.millis() / 1000.0);
      return 0;
    } catch (Exception e) {
      System.err.println("backup failed: " + e.getMessage());
      return 1;
    }
  }
}
