package org.xiezhi.api.server;

import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP/1.1 options of the service: request line and header limits (beyond them the request is
 * answered 414 or 431 by {@link InvalidRequests}), the idle timeout, and no cleartext HTTP/2.
 */
final class HttpLimits {
  /** Longest request line (method, target, version), bytes. */
  static final int MAX_REQUEST_LINE = 8192;
  /** Largest header block, bytes. */
  static final int MAX_HEADERS = 16384;

  private HttpLimits() {}

  /** The server options for {@code config}: its host, port and idle timeout, with the limits above. */
  static HttpServerOptions options(ServerConfig config) {
    return new HttpServerOptions().setHost(config.host()).setPort(config.port())
        .setMaxInitialLineLength(MAX_REQUEST_LINE).setMaxHeaderSize(MAX_HEADERS)
        .setIdleTimeout(config.limits().idleTimeoutMs()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
        // HTTP/1.1 only: no cleartext HTTP/2 upgrade (clients such as Java's HttpClient offer one
        // on the first request of each connection; serving plain HTTP/1.1 keeps one request path)
        .setHttp2ClearTextEnabled(false);
  }
}
