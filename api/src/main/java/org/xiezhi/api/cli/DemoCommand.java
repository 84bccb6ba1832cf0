package org.xiezhi.api.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.RunningService;
import org.xiezhi.api.server.ServerConfig;
import org.xiezhi.api.server.ServiceLauncher;
import org.xiezhi.inference.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi demo}: runs the operator's pipeline on the project's fictional demo judgments
 * (corpus ingest with masking, together with the laws from the public data when present; index
 * with embeddings; model training on CAIL2018 when present), starts the service and prints the URL
 * and demo keys. With the public data present, the LeCaRD judgments are then added to the served
 * index in the background through the near-real-time update path, so the page answers at once and
 * the corpus grows while it runs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Load the demo corpus, index it, start the service and print the URL and a demo key.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--judgments", defaultValue = "demo/judgments", description = "demo judgments folder (default ${DEFAULT-VALUE})")
  Path judgments;

  @Option(names = "--data-dir", defaultValue = "data/demo", description = "where the demo writes its index and audit log (default ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(names = "--skip-shared", description = "do not read ../shared/data (statutes then unavailable)")
  boolean skipShared;

  @Option(names = "--no-embedder", description = "no embedding model: keyword search only, POST /api/v1/embed answers 503")
  boolean noEmbedder;

  @Option(names = "--no-lecard", description = "do not load the LeCaRD judgments of ../shared/data in the background")
  boolean noLecard;

  @Option(names = "--in-memory", description = "serve from the in-memory baseline instead of building a Lucene index")
  boolean inMemory;

  /** Runs one xiezhi subcommand in this process; a failure stops the demo with its message. */
  private static void step(List<String> args) {
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
    String judgeKey = "demo-judge-" + ApiKeyStore.newKey();
    String adminKey = "demo-admin-" + ApiKeyStore.newKey();
    List<ApiKeyStore.Entry> keys = new ArrayList<>(ApiKeyStore.parseEnv(System.getenv("XIEZHI_API_KEYS")));
    keys.add(ApiKeyStore.hash("demo-judge", judgeKey, Role.JUDGE));
    keys.add(ApiKeyStore.hash("demo-admin", adminKey, Role.ADMIN));
    ServerConfig cfg = ServerConfig.defaults(dataDir, keys).withPort(port);
    Path laws = skipShared ? null : ServiceLauncher.sharedCriminalLaw();
    if (!skipShared && laws == null) {
      System.out.println("public data (../shared/data) not found: running without statutes");
    }
    XiezhiServices services;
    if (inMemory) {
      services = ServiceLauncher.services(judgments, laws, !noEmbedder);
    } else {
      Path lawsDir = laws == null ? null : laws.getParent().getParent();
      Path corpus = dataDir.resolve("corpus");
      Path index = dataDir.resolve("index");
      // 1. The same pipeline an operator runs: ingest (parse + mask), index, train, serve.
      List<String> ingest = new ArrayList<>(List.of("corpus", "ingest", "--source", "text=" + judgments));
      if (lawsDir != null) {
        ingest.addAll(List.of("--source", "laws=" + lawsDir));
      }
      ingest.addAll(List.of("--out", corpus.toString()));
      step(ingest);
      List<String> idx = new ArrayList<>(List.of("index", "--corpus", corpus.toString(), "--data-dir", index.toString(),
          "--embedder", noEmbedder ? "none" : "int8"));
      if (lawsDir != null) {
        idx.addAll(List.of("--laws", lawsDir.toString()));
      }
      step(idx);
      Path cail = lawsDir == null ? null : lawsDir.getParent().resolve("cail2018");
      if (cail != null && java.nio.file.Files.isDirectory(cail) && !java.nio.file.Files.isDirectory(dataDir.resolve("models"))) {
        List<String> train = new ArrayList<>(List.of("models", "train", "--data-dir", dataDir.toString(), "--cail", cail.toString()));
        Path criminalLaw = lawsDir.resolve("刑法").resolve("刑法.md");
        if (java.nio.file.Files.isRegularFile(criminalLaw)) {
          // the charge catalogue and statute texts answer charges the CAIL sample never shows
          train.addAll(List.of("--statutes", criminalLaw.toString()));
        }
        step(train);
      } else if (cail == null) {
        System.out.println("demo: no CAIL2018 data: predictions come from the nearest similar cases");
      }
      TextEmbedder embedder = noEmbedder ? null : ServiceLauncher.openEmbedder();
      services = ServiceLauncher.indexed(index, laws, embedder, cfg.refreshIntervalMs());
    }
    RunningService svc = RunningService.start(cfg, services);
    System.out.printf(java.util.Locale.ROOT, "demo: serving %d cases %.1f s after the start%n", services.cases().size(),
        (System.nanoTime() - t0) / 1e9);
    Path lecard = lecardDir(laws);
    if (lecard != null && !noLecard && services.updates() instanceof org.xiezhi.api.wiring.IndexedUpdates u) {
      new org.xiezhi.api.wiring.LecardBackgroundLoad(lecard, u, System.out).start();
      System.out.println("demo: the LeCaRD judgments are being added in the background (progress: GET /ready, updates.background)");
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
  private static Path lecardDir(Path criminalLaw) {
    if (criminalLaw == null) {
      return null;
    }
    Path d = criminalLaw.getParent().getParent().getParent().resolve("lecard");
    return java.nio.file.Files.isRegularFile(d.resolve("candidates.tar.xz")) || java.nio.file.Files.isDirectory(d.resolve("candidates"))
        ? d : null;
  }
}
