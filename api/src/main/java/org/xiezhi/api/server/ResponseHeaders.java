package org.xiezhi.api.server;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries: no caching of answers that may hold case text
 * ({@code Cache-Control: no-store}), no content sniffing, and a content security policy that lets
 * the page load only its own scripts, styles and images and be framed by nobody.
 */
final class ResponseHeaders {
  /** The page's policy: its own files only, no plug-ins, no framing, no foreign form targets. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private ResponseHeaders() {}

  /** A router handler: sets the headers, then passes the request on. */
  static void add(RoutingContext ctx) {
    add(ctx.response());
    ctx.next();
  }

  static void add(HttpServerResponse r) {
    r.putHeader("Cache-Control", "no-store")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Content-Security-Policy", CSP)
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Frame-Options", "DENY");
  }
}
