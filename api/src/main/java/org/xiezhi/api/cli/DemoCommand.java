package org.xiezhi.api.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import org.xiezhi.api.extension.DataRootOption;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.api.wiring.IndexedUpdates;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.api.wiring.LecardBackgroundLoad;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.RunningService;
import org.xiezhi.api.server.ServerConfig;
import org.xiezhi.api.server.ServiceLauncher;
import org.xiezhi.inference.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi demo}: serves the real system. When the data root already holds the knowledge
 * base {@code setup} builds, it is served as it is. Otherwise the project's fictional demo
 * judgments are ingested (parsed and masked, with the laws of the public data) and indexed with
 * vectors, the service starts at once, and in the background the LeCaRD judgments are added
 * through the update path and the judgment models are trained with the settings {@code setup}
 * uses (CAIL2018, LeCaRD, statutes and interpretations), then loaded without a restart.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Serve the knowledge base (demo corpus at once, the rest in the background) and print the URL and demo keys.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--judgments", defaultValue = "demo/judgments", description = "demo judgments folder (default ${DEFAULT-VALUE})")
  Path judgments;

  @Mixin DataRootOption data = new DataRootOption();

  @Option(names = "--skip-shared", description = "do not read ../shared/data (no statutes, no LeCaRD, no models)")
  boolean skipShared;

  @Option(names = "--no-embedder", description = "no embedding model: keyword search only, POST /api/v1/embed answers 503")
  boolean noEmbedder;

  @Option(names = "--no-lecard", description = "do not load the LeCaRD judgments of ../shared/data in the background")
  boolean noLecard;

  @Mixin MaskingOption masking = new MaskingOption();

  /** Runs one xiezhi subcommand in this process; a failure stops the demo with its message. */
  static void step(List<String> args) {
    System.out.println("demo: xiezhi " + String.join(" ", args));
    long t = System.nanoTime();
    int rc = XiezhiCli.commandLine().execute(args.toArray(String[]::new));
    if (rc != 0) {
      throw new IllegalStateException("demo step failed (exit " + rc + "): xiezhi " + String.join(" ", args));
    }
    System.out.printf(java.util.Locale.ROOT, "demo: %s %s took %.1f s%n", args.get(0), args.get(1).startsWith("-") ? "" : args.get(1),
        (System.nanoTime() - t) / 1e9);
  }

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    DataDir d = data.data();
    String judgeKey = "demo-judge-" + ApiKeyStore.newKey();
    String adminKey = "demo-admin-" + ApiKeyStore.newKey();
    List<ApiKeyStore.Entry> keys = new ArrayList<>(ApiKeyStore.parseEnv(System.getenv("XIEZHI_API_KEYS")));
    keys.add(ApiKeyStore.hash("demo-judge", judgeKey, Role.JUDGE));
    keys.add(ApiKeyStore.hash("demo-admin", adminKey, Role.ADMIN));
    ServerConfig cfg = ServerConfig.defaults(d.root(), keys).withPort(port).withMasking(masking.policy());
    Path lawsDir = skipShared ? null : ServiceLauncher.sharedLaws();
    if (!skipShared && lawsDir == null) {
      System.out.println("public data (../shared/data) not found: running without statutes, LeCaRD and models");
    }
    // an index setup finished (its fingerprint written) is the whole knowledge base; any other is rebuilt
    boolean built = d.hasIndex() && Files.isRegularFile(d.index().resolve("setup.fingerprint"));
    if (built) {
      System.out.println("demo: serving the knowledge base in " + d + " (built by ./xiezhi setup)");
    } else {
      // the operator's pipeline on the demo corpus: ingest (parse + mask), index with vectors
      List<String> ingest = new ArrayList<>(List.of("corpus", "ingest", "--source", "demo=" + judgments));
      if (lawsDir != null) {
        ingest.addAll(List.of("--source", "laws=" + lawsDir));
      }
      ingest.addAll(List.of("--masking", cfg.masking().label(), "--out", d.corpus().toString()));
      step(ingest);
      step(List.of("index", "--data-dir", d.toString(), "--embedder", noEmbedder ? "none" : "int8"));
    }
    TextEmbedder embedder = noEmbedder ? null : ServiceLauncher.openEmbedder();
    XiezhiServices services = KnowledgeBase.open(d, new KnowledgeBase.Settings(embedder, cfg.refreshIntervalMs(), null, lawsDir, System.out,
        cfg.masking()));
    RunningService svc = RunningService.start(cfg, services);
    System.out.printf(java.util.Locale.ROOT, "demo: serving %d cases %.1f s after the start%n", services.cases().size(),
        (System.nanoTime() - t0) / 1e9);
    Path shared = lawsDir == null ? null : lawsDir.getParent();
    Path lecard = lecardDir(shared);
    if (!built && lecard != null && !noLecard && services.updates() instanceof IndexedUpdates u) {
      new LecardBackgroundLoad(lecard, u, System.out).start();
      System.out.println("demo: the LeCaRD judgments are being added in the background (progress: GET /ready, updates.background)");
    }
    if (!d.hasModels() && shared != null && Files.isRegularFile(shared.resolve("cail2018/sample_train.json"))) {
      BackgroundTraining.start(d, shared, lecard, services.prediction());
    }
    String base = "http://127.0.0.1:" + svc.port() + "/";
    System.out.println("Xiezhi demo is running.");
    System.out.println("  web page:   " + base + "#key=" + judgeKey);
    System.out.println("  judge key:  " + judgeKey);
    System.out.println("  admin key:  " + adminKey);
    System.out.println("  try:        curl -s -H 'Authorization: Bearer " + judgeKey + "' -H 'Content-Type: application/json' "
        + "-d '{\"query\":\"醉酒驾驶\"}' " + base + "api/v1/cases/search");
    System.out.println("  audit log:  " + cfg.auditLog());
    System.out.println("Press Ctrl-C to stop.");
    ServeCommand.awaitShutdown(svc);
    return 0;
  }

  /** {@code ../shared/data/lecard} when it holds the candidates, else null. */
  private static Path lecardDir(Path shared) {
    if (shared == null) {
      return null;
    }
    Path d = shared.resolve("lecard");
    return java.nio.file.Files.isRegularFile(d.resolve("candidates.tar.xz")) || java.nio.file.Files.isDirectory(d.resolve("candidates"))
        ? d : null;
  }
}
