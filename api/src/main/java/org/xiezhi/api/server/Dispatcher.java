package org.xiezhi.api.server;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xiezhi.api.metrics.ServiceMetrics;
import org.xiezhi.corpus.io.Json;

/**
 * Runs an operation's action for a validated call and writes its answer: blocking actions on the
 * bounded worker pool, batch operations on their own smaller pool (so they cannot take the
 * interactive threads), 429 when a queue is full; JSON answers pass the personal-data guard.
 */
final class Dispatcher {
  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
  /** The routing-context key of the case ids an answer names (for the audit). */
  static final String IDS = "xiezhi.ids";
  private final Vertx vertx;
  private final WorkerPool workers;
  private final WorkerPool batchWorkers;
  private final ServiceMetrics metrics;

  Dispatcher(Vertx vertx, WorkerPool workers, WorkerPool batchWorkers, ServiceMetrics metrics) {
    this.vertx = vertx;
    this.workers = workers;
    this.batchWorkers = batchWorkers;
    this.metrics = metrics;
  }

  /** A route handler: validates the request, runs {@code op} and answers. */
  void dispatch(RoutingContext ctx, Operation op) {
    Operation.Call call;
    try {
      call = CallValidation.validate(ctx, op);
    } catch (Problem p) {
      fail(ctx, p);
      return;
    }
    if (!op.blocking()) {
      try {
        send(ctx, render(op.action().apply(call)));
      } catch (Problem p) {
        fail(ctx, p);
      }
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

  private static void send(RoutingContext ctx, Object outcome) {
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

  /** Answers the request with {@code p} (unless an answer was already sent). */
  static void fail(RoutingContext ctx, Problem p) {
    p.send(ctx.response(), ctx.request().path());
  }
}
