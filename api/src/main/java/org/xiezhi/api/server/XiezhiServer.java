package org.xiezhi.api.server;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xiezhi.api.audit.AuditLog;
import org.xiezhi.api.audit.QueryDigester;
import org.xiezhi.api.metrics.ServiceMetrics;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.ApiKeyStore.Principal;

/**
 * The HTTP service: builds the router from the operation table, authenticates every request but
 * {@code /health} and the static web page ({@link Authoriser}), runs the actions on bounded worker
 * pools ({@link Dispatcher}), answers every error as problem+json (the router's own:
 * {@link RouterErrors}; requests the HTTP decoder cannot read: {@link InvalidRequests}), holds the
 * connection limits ({@link HttpLimits}, {@link ConnectionGuard}) and audits and measures every
 * request.
 */
public final class XiezhiServer implements AutoCloseable {
  private static final String ROUTE = "xiezhi.route";

  private final Vertx vertx;
  private final ServerConfig config;
  private final List<Operation> operations;
  private final AuditLog audit;
  private final ServiceMetrics metrics;
  private final WorkerPool workers;
  private final WorkerPool batchWorkers;
  private final QueryDigester digester;
  private final Authoriser authoriser;
  private final Dispatcher dispatcher;
  private ConnectionGuard guard;
  private HttpServer server;

  public XiezhiServer(Vertx vertx, ServerConfig config, List<Operation> operations, AuditLog audit, ServiceMetrics metrics) {
    this.vertx = vertx;
    this.config = config;
    this.operations = List.copyOf(operations);
    this.audit = audit;
    this.metrics = metrics;
    this.workers = new WorkerPool("xiezhi-worker-", config.workerThreads(), config.workerQueue());
    this.batchWorkers = new WorkerPool("xiezhi-batch-", config.limits().batchThreads(), config.limits().batchQueue());
    try {
      this.digester = QueryDigester.open(config.auditKeyFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.authoriser = new Authoriser(new ApiKeyStore(config.keys()));
    this.dispatcher = new Dispatcher(vertx, workers, batchWorkers, metrics);
    metrics.gauge("xiezhi_worker_queue_depth", workers::queued);
    metrics.gauge("xiezhi_worker_active", workers::active);
    metrics.gauge("xiezhi_batch_queue_depth", batchWorkers::queued);
    metrics.gauge("xiezhi_batch_active", batchWorkers::active);
  }

  /** Starts listening; the future holds the bound port (useful with port 0). */
  public Future<Integer> start() {
    Router router = router();
    ServerConfig.Limits limits = config.limits();
    guard = new ConnectionGuard(vertx, limits.headerTimeoutMs(), limits.maxConnections());
    metrics.gauge("xiezhi_connections_open", guard::open);
    metrics.gauge("xiezhi_connections_refused_total", guard::refused);
    metrics.gauge("xiezhi_connections_header_timeouts_total", guard::timedOut);
    return vertx.createHttpServer(HttpLimits.options(config))
        .connectionHandler(c -> {
          guard.opened(c);
          MalformedBodies.install(c);
        })
        .invalidRequestHandler(InvalidRequests::answer)
        .requestHandler(req -> {
          guard.requestStarted(req);
          MalformedBodies.requestStarted(req);
          router.handle(req);
        })
        .listen()
        .map(s -> {
          server = s;
          return s.actualPort();
        });
  }

  public List<Operation> operations() {
    return operations;
  }

  private Router router() {
    Router router = Router.router(vertx);
    router.route().handler(this::observe);
    router.route().handler(ResponseHeaders::add);
    router.route().handler(TimeoutHandler.create(config.requestTimeoutMs(), 503));
    BodyHandler small = BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes());
    BodyHandler large = BodyHandler.create(false).setBodyLimit(config.limits().batchBodyLimitBytes());
    Set<String> largePaths = new HashSet<>();
    operations.stream().filter(Operation::largeBody).forEach(o -> largePaths.add(o.path()));
    router.route().handler(ctx -> (largePaths.contains(ctx.request().path()) ? large : small).handle(ctx));
    for (Operation op : operations) {
      router.route(HttpMethod.valueOf(op.method()), op.routerPath())
          .handler(ctx -> {
            ctx.put(ROUTE, op.path());
            ctx.next();
          })
          .handler(ctx -> authoriser.authorise(ctx, op))
          .handler(ctx -> dispatcher.dispatch(ctx, op));
    }
    router.route(HttpMethod.GET, "/*").handler(ctx -> {
      ctx.put(ROUTE, "/static");
      ctx.next();
    }).handler(StaticHandler.create("web").setCachingEnabled(false).setIndexPage("index.html"));
    RouterErrors.install(router, config, largePaths);
    return router;
  }

  /** Measures and audits every request once its response has been written. */
  private void observe(RoutingContext ctx) {
    long start = System.nanoTime();
    ctx.addEndHandler(ar -> {
      long nanos = System.nanoTime() - start;
      String route = ctx.get(ROUTE, "unmatched");
      // a request whose client went away before the answer was written: 499 (client closed request)
      int status = ar.failed() || !ctx.response().ended() ? 499 : ctx.response().getStatusCode();
      metrics.request(ctx.request().method().name(), route, status, nanos);
      if (guard != null) {
        guard.requestEnded(ctx.request().connection());
      }
      Principal p = ctx.get(Authoriser.PRINCIPAL);
      List<String> ids = ctx.get(Dispatcher.IDS, List.of());
      audit.append(new AuditLog.Entry(Instant.now(), p == null ? null : p.keyId(), p == null ? null : p.role().label(),
          ctx.request().method().name(), route, status, digest(ctx), ids, nanos / 1e6));
    });
    ctx.next();
  }

  private String digest(RoutingContext ctx) {
    byte[] body = ctx.body() != null && ctx.body().buffer() != null ? ctx.body().buffer().getBytes() : null;
    return digester.digest(ctx.request().uri(), body);
  }

  /** Readiness of the server's own parts (audit log writable). */
  public boolean auditHealthy() {
    return audit.failure() == null;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close().await();
    }
    workers.close();
    batchWorkers.close();
  }
}
