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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi demo}: loads the project's fictional demo judgments (and the Criminal Law from the
 * public data when present), starts the service and prints the URL and demo keys.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Load the demo corpus, start the service and print the URL and a demo key.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--judgments", defaultValue = "demo/judgments", description = "demo judgments folder (default ${DEFAULT-VALUE})")
  Path judgments;

  @Option(names = "--data-dir", defaultValue = "data/demo", description = "where the demo writes its audit log (default ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(names = "--skip-shared", description = "do not read ../shared/data (statutes then unavailable)")
  boolean skipShared;

  @Option(names = "--no-embedder", description = "do not open the embedding model (POST /api/v1/embed then answers 503)")
  boolean noEmbedder;

  @Override
  public Integer call() throws Exception {
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
    XiezhiServices services = ServiceLauncher.services(judgments, laws, !noEmbedder);
    RunningService svc = RunningService.start(cfg, services);
    {
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
    }
    return 0;
  }
}
