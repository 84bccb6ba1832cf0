package org.xiezhi.api.server;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Connection limits the HTTP options do not cover: a header timeout (a connection must complete a
 * request's headers within {@code headerTimeoutMs} of opening, or of its previous response, else it
 * is closed: partial headers cannot hold it open) and a cap on open connections (one more is closed
 * at once).
 */
final class ConnectionGuard {
  private final Vertx vertx;
  private final long headerTimeoutMs;
  private final int maxConnections;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong timedOut = new AtomicLong();
  private final Map<HttpConnection, Long> timers = new ConcurrentHashMap<>();

  ConnectionGuard(Vertx vertx, long headerTimeoutMs, int maxConnections) {
    this.vertx = vertx;
    this.headerTimeoutMs = headerTimeoutMs;
    this.maxConnections = maxConnections;
  }

  /** For {@code HttpServer.connectionHandler}. */
  void opened(HttpConnection c) {
    if (open.incrementAndGet() > maxConnections) {
      open.decrementAndGet();
      refused.incrementAndGet();
      c.close();
      return;
    }
    c.closeHandler(v -> {
      open.decrementAndGet();
      Long t = timers.remove(c);
      if (t != null) {
        vertx.cancelTimer(t);
      }
    });
    arm(c);
  }

  /** A request's headers arrived: stop the connection's header timer (re-armed by {@link #requestEnded}). */
  void requestStarted(HttpServerRequest request) {
    HttpConnection c = request.connection();
    Long t = timers.remove(c);
    if (t != null) {
      vertx.cancelTimer(t);
    }
  }

  /** The answer to a request on {@code c} was written (or the request ended): re-arm its header timer. */
  void requestEnded(HttpConnection c) {
    arm(c);
  }

  private void arm(HttpConnection c) {
    long[] self = new long[1];
    self[0] = vertx.setTimer(headerTimeoutMs, x -> {
      if (timers.remove(c, self[0])) {
        timedOut.incrementAndGet();
        c.close();
      }
    });
    Long old = timers.put(c, self[0]);
    if (old != null) {
      vertx.cancelTimer(old);
    }
  }

  int open() {
    return open.get();
  }

  long refused() {
    return refused.get();
  }

  long timedOut() {
    return timedOut.get();
  }
}
