package org.xiezhi.api.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.xiezhi.api.extension.DataDirOptions;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.RunningService;
import org.xiezhi.api.server.ServerConfig;
import org.xiezhi.api.server.ServiceLauncher;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.corpus.data.DataDir;
import org.xiezhi.inference.TextEmbedder;
import org.xiezhi.corpus.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiezhi serve}: runs the HTTP service and web page until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP service and web page.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", description = "port (default: config file, else 8080; 0 picks a free one)")
  Integer port;

  @Option(names = "--host", description = "address to bind (default 127.0.0.1, loopback only)")
  String host;

  @Mixin DataDirOptions data = new DataDirOptions();

  @Option(names = "--config", description = "JSON config file (keys, limits, workers); see docs/api.md")
  Path config;

  @Option(names = "--hash-key", paramLabel = "ID:ROLE", description = "read a key from standard input, print its config entry (salted SHA-256) and exit")
  String hashKey;

  @Option(names = "--read-only", description = "open the index read-only: no updates while serving (another process may then write it)")
  boolean readOnly;

  @Option(names = "--no-embedder", description = "do not open the embedding model (POST /api/v1/embed then answers 503)")
  boolean noEmbedder;

  @Mixin BackendOptions backend = new BackendOptions();

  @Mixin MaskingOption masking = new MaskingOption();

  @Override
  public Integer call() throws Exception {
    if (hashKey != null) {
      return printEntry();
    }
    DataDir d = data.data();
    ServerConfig cfg = ServerConfig.load(config, d.root(), System.getenv("XIEZHI_API_KEYS"));
    if (port != null) {
      cfg = cfg.withPort(port);
    }
    if (host != null) {
      cfg = cfg.withHost(host);
    }
    cfg = cfg.withMasking(masking.policyOr(cfg.masking()));
    System.out.printf("settings: host=%s port=%d workers=%d queue=%d bodyLimit=%d timeoutMs=%d refreshIntervalMs=%d keys=%d audit=%s"
            + " masking=%s%n",
        cfg.host(), cfg.port(), cfg.workerThreads(), cfg.workerQueue(), cfg.bodyLimitBytes(), cfg.requestTimeoutMs(),
        cfg.refreshIntervalMs(), cfg.keys().size(), cfg.auditLog(), cfg.masking().label());
    org.xiezhi.api.port.XiezhiServices services;
    TextEmbedder embedder = noEmbedder ? null : ServiceLauncher.openEmbedder();
    KnowledgeBase.Settings settings = new KnowledgeBase.Settings(embedder, readOnly ? 0 : cfg.refreshIntervalMs(), data.indexOverride(),
        ServiceLauncher.sharedLaws(), System.out, cfg.masking());
    try {
      services = backend.solr()
          ? KnowledgeBase.open(backend.config(null).open(embedder), d, settings)
          : KnowledgeBase.open(d, settings);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + (readOnly ? "" : " (or serve it with --read-only: no updates while serving)"), e);
    }
    RunningService svc = RunningService.start(cfg, services);
    System.out.printf("listening on http://%s:%d/%n", cfg.host(), svc.port());
    awaitShutdown(svc);
    return 0;
  }

  private int printEntry() throws Exception {
    int colon = hashKey.lastIndexOf(':');
    if (colon <= 0) {
      System.err.println("error: --hash-key takes ID:ROLE");
      return 2;
    }
    String key = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (key == null || key.isBlank()) {
      System.err.println("error: no key on standard input");
      return 2;
    }
    ApiKeyStore.Entry e = ApiKeyStore.hash(hashKey.substring(0, colon), key.trim(), Role.parse(hashKey.substring(colon + 1)));
    System.out.println(Json.line(Map.of("id", e.id(), "role", e.role().label(), "salt", e.salt(), "sha256", e.sha256())));
    return 0;
  }

  /** Blocks until the JVM is asked to stop (Ctrl-C), then closes the service (draining the audit log). */
  static void awaitShutdown(RunningService svc) throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        svc.close();
        System.out.println("stopped");
      } catch (Exception e) {
        System.err.println("error while stopping: " + e.getMessage());
      }
    }));
    new CountDownLatch(1).await();
  }
}
