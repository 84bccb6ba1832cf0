package org.xiezhi.api.server;

import io.vertx.ext.web.Router;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The router's own failures as problem documents: an unreadable body (400), no such path (404),
 * a method the path does not take (405), a body over its limit (413), a failure inside a handler
 * (500, logged, never its text) and a request that ran past the timeout (503).
 */
final class RouterErrors {
  private static final Logger LOG = Logger.getLogger(RouterErrors.class.getName());

  private RouterErrors() {}

  /** Installs the handlers; {@code largePaths} take the batch body limit. */
  static void install(Router router, ServerConfig config, Set<String> largePaths) {
    router.errorHandler(400, ctx -> Dispatcher.fail(ctx, new Problem(400, "请求无效", "body", "the request could not be read")));
    router.errorHandler(404, ctx -> Dispatcher.fail(ctx, new Problem(404, "未找到", "path", "no such endpoint: " + ctx.request().path())));
    router.errorHandler(405, ctx -> Dispatcher.fail(ctx, new Problem(405, "方法不允许", "method",
        ctx.request().method() + " is not allowed on this path")));
    router.errorHandler(413, ctx -> Dispatcher.fail(ctx, new Problem(413, "请求体过大", "body", "larger than "
        + (largePaths.contains(ctx.request().path()) ? config.limits().batchBodyLimitBytes() : config.bodyLimitBytes()) + " bytes")));
    router.errorHandler(500, ctx -> {
      if (ctx.failure() != null) {
        LOG.log(Level.WARNING, "request failed", ctx.failure());
      }
      Dispatcher.fail(ctx, new Problem(500, "内部错误", "request", "internal error"));
    });
    router.errorHandler(503, ctx -> Dispatcher.fail(ctx, new Problem(503, "服务超时", "request",
        "the request took longer than " + config.requestTimeoutMs() + " ms")));
  }
}
