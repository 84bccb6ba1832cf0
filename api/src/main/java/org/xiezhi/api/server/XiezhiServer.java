package org.xiezhi.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xiezhi.api.audit.AuditLog;
import org.xiezhi.api.audit.QueryDigester;
import org.xiezhi.api.metrics.ServiceMetrics;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.ApiKeyStore.Principal;
import org.xiezhi.corpus.io.Json;

/**
 * The HTTP service: builds the router from the operation table, authenticates every request but
 * {@code /health} and the static web page, runs blocking actions on the bounded worker pool (batch
 * operations on their own smaller pool, so they cannot take the interactive threads), and audits
 * and measures every request.
 */
public final class XiezhiServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(XiezhiServer.class.getName());
  private static final String PRINCIPAL = "xiezhi.principal";
  private static final String ROUTE = "xiezhi.route";
  private static final String IDS = "xiezhi.ids";

  private final Vertx vertx;
  private final ServerConfig config;
  private final List<Operation> operations;
  private final ApiKeyStore keys;
  private final AuditLog audit;
  private final ServiceMetrics metrics;
  private final WorkerPool workers;
  private final WorkerPool batchWorkers;
  private final QueryDigester digester;
  private ConnectionGuard guard;
  private HttpServer server;

  public XiezhiServer(Vertx vertx, ServerConfig config, List<Operation> operations, AuditLog audit, ServiceMetrics metrics) {
    this.vertx = vertx;
    this.config = config;
    this.operations = List.copyOf(operations);
    this.keys = new ApiKeyStore(config.keys());
    this.audit = audit;
    this.metrics = metrics;
    this.workers = new WorkerPool("xiezhi-worker-", config.workerThreads(), config.workerQueue());
    this.batchWorkers = new WorkerPool("xiezhi-batch-", config.limits().batchThreads(), config.limits().batchQueue());
    try {
      this.digester = QueryDigester.open(config.auditKeyFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    return vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port())
            .setMaxInitialLineLength(8192).setMaxHeaderSize(16384)
            .setIdleTimeout(limits.idleTimeoutMs()).setIdleTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
            // HTTP/1.1 only: no cleartext HTTP/2 upgrade (clients such as Java's HttpClient offer one
            // on the first request of each connection; serving plain HTTP/1.1 keeps one request path)
            .setHttp2ClearTextEnabled(false))
        .connectionHandler(guard::opened)
        .invalidRequestHandler(InvalidRequests::answer)
        .requestHandler(req -> {
          guard.requestStarted(req);
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
    java.util.Set<String> largePaths = new java.util.HashSet<>();
    operations.stream().filter(Operation::largeBody).forEach(o -> largePaths.add(o.path()));
    router.route().handler(ctx -> (largePaths.contains(ctx.request().path()) ? large : small).handle(ctx));
    for (Operation op : operations) {
      router.route(HttpMethod.valueOf(op.method()), op.routerPath())
          .handler(ctx -> {
            ctx.put(ROUTE, op.path());
            ctx.next();
          })
          .handler(ctx -> authorise(ctx, op))
          .handler(ctx -> dispatch(ctx, op));
    }
    router.route(HttpMethod.GET, "/*").handler(ctx -> {
      ctx.put(ROUTE, "/static");
      ctx.next();
    }).handler(StaticHandler.create("web").setCachingEnabled(false).setIndexPage("index.html"));
    router.errorHandler(400, ctx -> fail(ctx, new Problem(400, "请求无效", "body", "the request could not be read")));
    router.errorHandler(404, ctx -> fail(ctx, new Problem(404, "未找到", "path", "no such endpoint: " + ctx.request().path())));
    router.errorHandler(405, ctx -> fail(ctx, new Problem(405, "方法不允许", "method", ctx.request().method() + " is not allowed on this path")));
    router.errorHandler(413, ctx -> fail(ctx, new Problem(413, "请求体过大", "body", "larger than "
        + (largePaths.contains(ctx.request().path()) ? config.limits().batchBodyLimitBytes() : config.bodyLimitBytes()) + " bytes")));
    router.errorHandler(500, ctx -> {
      if (ctx.failure() != null) {
        LOG.log(Level.WARNING, "request failed", ctx.failure());
      }
      fail(ctx, new Problem(500, "内部错误", "request", "internal error"));
    });
    router.errorHandler(503, ctx -> fail(ctx, new Problem(503, "服务超时", "request", "the request took longer than " + config.requestTimeoutMs() + " ms")));
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
      Principal p = ctx.get(PRINCIPAL);
      List<String> ids = ctx.get(IDS, List.of());
      audit.append(new AuditLog.Entry(Instant.now(), p == null ? null : p.keyId(), p == null ? null : p.role().label(),
          ctx.request().method().name(), route, status, digest(ctx), ids, nanos / 1e6));
    });
    ctx.next();
  }

  private String digest(RoutingContext ctx) {
    byte[] body = ctx.body() != null && ctx.body().buffer() != null ? ctx.body().buffer().getBytes() : null;
    return digester.digest(ctx.request().uri(), body);
  }

  private void authorise(RoutingContext ctx, Operation op) {
    if (op.roles().isEmpty()) {
      ctx.next();
      return;
    }
    String key;
    try {
      key = Credentials.presentedKey(ctx.request());
    } catch (Problem ambiguous) {
      fail(ctx, ambiguous);
      return;
    }
    if (key == null) {
      fail(ctx, new Problem(401, "需要 API 密钥", "Authorization", "send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'"));
      return;
    }
    Principal p = keys.authenticate(key).orElse(null);
    if (p == null) {
      fail(ctx, new Problem(401, "API 密钥无效", "Authorization", "the key is not valid"));
      return;
    }
    ctx.put(PRINCIPAL, p);
    if (!op.roles().contains(p.role())) {
      fail(ctx, new Problem(403, "权限不足", "role", "role '" + p.role().label() + "' may not call " + op.operationId()));
      return;
    }
    ctx.next();
  }

  private void dispatch(RoutingContext ctx, Operation op) {
    Operation.Call call;
    try {
      call = validate(ctx, op);
    } catch (Problem p) {
      fail(ctx, p);
      return;
    }
    if (!op.blocking()) {
      respond(ctx, op, call);
      return;
    }
    Context vctx = vertx.getOrCreateContext();
    WorkerPool pool = op.isBatch() ? batchWorkers : workers;
    try {
      pool.submit(() -> {
        if (ctx.response().ended() || ctx.response().closed()) {
          return null;
        }
        Object outcome;
        try {
          outcome = render(op.action().apply(call));
        } catch (Problem p) {
          outcome = p;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, op.operationId() + " failed", e);
          outcome = new Problem(500, "内部错误", "request", "internal error in " + op.operationId());
        }
        Object result = outcome;
        vctx.runOnContext(v -> send(ctx, result));
        return null;
      });
    } catch (RejectedExecutionException e) {
      metrics.rejected();
      fail(ctx, new Problem(429, "服务繁忙", "request", (op.isBatch() ? "the batch queue" : "the worker queue")
          + " is full; retry after 1 second"));
    }
  }

  private record Rendered(String text, String contentType, List<String> ids, Attachment file) {}

  private static Rendered render(Operation.Reply r) {
    if (r.body() instanceof Attachment a) {
      return new Rendered(null, a.contentType(), r.ids(), a);
    }
    if (r.body() instanceof PlainText t) {
      return new Rendered(t.text(), "text/plain; version=0.0.4; charset=utf-8", r.ids(), null);
    }
    return new Rendered(Json.line(PersonalDataGuard.scrubTree(Json.mapper().valueToTree(r.body()))),
        "application/json; charset=utf-8", r.ids(), null);
  }

  private void respond(RoutingContext ctx, Operation op, Operation.Call call) {
    try {
      send(ctx, render(op.action().apply(call)));
    } catch (Problem p) {
      fail(ctx, p);
    }
  }

  private void send(RoutingContext ctx, Object outcome) {
    if (outcome instanceof Problem p) {
      fail(ctx, p);
      return;
    }
    Rendered r = (Rendered) outcome;
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.put(IDS, r.ids());
    if (r.file() != null) {
      r.file().send(ctx.response());
      return;
    }
    ctx.response().putHeader("Content-Type", r.contentType()).end(r.text());
  }

  private Operation.Call validate(RoutingContext ctx, Operation op) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : op.pathParams()) {
      String v = ctx.pathParam(name);
      if (v == null || v.isBlank() || v.length() > 200) {
        throw Problem.badRequest(name, "path parameter must be 1..200 characters");
      }
      params.put(name, v);
    }
    JsonNode body = null;
    if (op.body() != null) {
      String t = MediaType.of(ctx.request().getHeader("Content-Type"));
      byte[] bytes = ctx.body().buffer() == null ? null : ctx.body().buffer().getBytes();
      if (op.linesField() != null && t.equals(Operation.JSON_LINES)) {
        body = JsonBody.parseLines(bytes, op.linesField());
      } else if (!t.equals("application/json")) {
        throw new Problem(415, "不支持的媒体类型", "Content-Type",
            "must be application/json" + (op.linesField() == null ? "" : " or " + Operation.JSON_LINES));
      } else {
        body = JsonBody.parse(bytes);
      }
      op.body().validate(body, "");
    } else if (ctx.body() != null && ctx.body().buffer() != null && ctx.body().buffer().length() > 0) {
      throw Problem.badRequest("body", op.method() + " " + op.path() + " takes no body");
    }
    return new Operation.Call(body, params, ctx.get(PRINCIPAL));
  }

  private static void fail(RoutingContext ctx, Problem p) {
    p.send(ctx.response(), ctx.request().path());
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
