package org.xiezhi.api.server;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests the HTTP decoder could not read (request line too long, headers too large, malformed
 * framing) answered as problem+json like every other error, then the connection closed: 414 with
 * field {@code uri}, 431 with field {@code headers}, 400 with field {@code request}.
 */
final class InvalidRequests {
  private InvalidRequests() {}

  static void answer(HttpServerRequest request) {
    DecoderResult r = request.decoderResult();
    Throwable cause = r == null ? null : r.cause();
    Problem p;
    if (cause instanceof TooLongFrameException && cause.getClass().getSimpleName().contains("Line")) {
      p = new Problem(414, "请求行过长", "uri", "the request line is longer than 8192 bytes");
    } else if (cause instanceof TooLongFrameException) {
      p = new Problem(431, "请求头过大", "headers", "the request headers are larger than 16384 bytes");
    } else {
      p = new Problem(400, "请求无效", "request", "the request could not be decoded as HTTP/1.1");
    }
    request.response().putHeader("Connection", "close");
    ResponseHeaders.add(request.response());
    p.send(request.response(), null);
    request.connection().close();
  }
}
