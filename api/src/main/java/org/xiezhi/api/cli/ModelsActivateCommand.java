package org.xiezhi.api.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiezhi.models.predict.JudgmentModels;
import org.xiezhi.models.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xiezhi models activate VERSION} and {@code xiezhi models activate --rollback}: pins the
 * judgment-model version a service loads (after loading it once, files verified), remembering the
 * one it replaces. {@code predict} and {@code advise} use the pinned version; a running service
 * picks the pin up within a second (or switches at once with {@code POST /api/v1/admin/models/switch}).
 */
@Command(name = "activate", mixinStandardHelpOptions = true,
    description = {"Pin the model version to serve (verified first), or --rollback to the one pinned before.",
        "predict, advise and a running service (within a second) use the pinned version."})
public final class ModelsActivateCommand implements Callable<Integer> {
  @Option(names = "--data-dir", defaultValue = "data", description = "Data folder (registry in <data-dir>/models).")
  Path dataDir;

  @Option(names = "--rollback", description = "pin the version that was served before the last activation")
  boolean rollback;

  @Parameters(arity = "0..1", paramLabel = "VERSION", description = "version to serve, e.g. 2")
  String version;

  @Override
  public Integer call() throws Exception {
    if (rollback == (version != null)) {
      System.err.println("error: give either VERSION or --rollback");
      return 2;
    }
    ModelRegistry reg = ModelRegistry.open(ModelsCommand.registry(dataDir));
    ModelRegistry.Active now = reg.active();
    String current = now.version();
    if (current == null) {
      try (JudgmentModels latest = JudgmentModels.open(reg)) {
        current = latest.version();
      } catch (java.io.IOException e) {
        current = null;
      }
    }
    String target = version;
    if (rollback) {
      if (now.previous() == null) {
        System.err.println("error: no earlier version recorded in " + reg.root().resolve(ModelRegistry.ACTIVE));
        return 1;
      }
      target = now.previous();
    }
    try (JudgmentModels m = JudgmentModels.open(reg, target)) {
      System.out.println("verified " + String.join(", ", m.manifests().stream().map(x -> x.ref()).toList()));
    }
    reg.activate(target, current);
    System.out.println("active version " + target + " (was " + current + ") in " + reg.root().resolve(ModelRegistry.ACTIVE));
    return 0;
  }
}
