package org.xiezhi.api.extension;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.RunningService;
import org.xiezhi.api.server.ServerConfig;
import org.xiezhi.api.server.ServiceLauncher;
import org.xiezhi.api.wiring.KnowledgeBase;
import org.xiezhi.corpus.data.DataDir;

/**
 * The HTTP service over a data root, started in this process on a free loopback port with one
 * platform key and the default limits (index read-only, no embedding model): what a load test
 * drives. Close it to stop the service.
 */
public final class LocalService implements AutoCloseable {
  private final RunningService service;
  private final ServerConfig config;
  private final String key;

  private LocalService(RunningService service, ServerConfig config, String key) {
    this.service = service;
    this.config = config;
    this.key = key;
  }

  /** Opens {@code data} (its index, or {@code indexDir} when not null) and starts the service. */
  public static LocalService start(DataDir data, Path indexDir, PrintStream log) throws IOException {
    var services = KnowledgeBase.open(data, new KnowledgeBase.Settings(null, 0, indexDir, ServiceLauncher.sharedLaws(), log));
    String key = "bench-platform-" + ApiKeyStore.newKey();
    Path dir = Files.createTempDirectory("xiezhi-bench-load");
    ServerConfig cfg = ServerConfig.defaults(dir, List.of(ApiKeyStore.hash("bench", key, Role.PLATFORM))).withPort(0);
    return new LocalService(RunningService.start(cfg, services), cfg, key);
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String url() {
    return "http://127.0.0.1:" + service.port();
  }

  /** The platform key the service accepts. */
  public String key() {
    return key;
  }

  /** Where it listens and its worker and queue sizes, for a benchmark's settings line. */
  public String describe() {
    return String.format(Locale.ROOT, "in-process service on %s, workers %d, queue %d, batch workers %d, batch queue %d",
        url(), config.workerThreads(), config.workerQueue(), config.limits().batchThreads(), config.limits().batchQueue());
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
