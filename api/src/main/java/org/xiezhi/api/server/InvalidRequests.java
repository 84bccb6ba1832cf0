package org.xiezhi.api.server;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests the HTTP decoder could not read answered as problem+json like every other error, then
 * the connection closed: a request line too long (414, field {@code uri}), headers too large (431,
 * field {@code headers}), a request head that is not HTTP/1.1 (400, field {@code request}), and a
 * body whose chunked framing is broken (400, field {@code body}; found by {@link MalformedBodies}).
 */
final class InvalidRequests {
  private InvalidRequests() {}

  /** For {@code HttpServer.invalidRequestHandler}: a request whose head could not be decoded. */
  static void answer(HttpServerRequest request) {
    DecoderResult r = request.decoderResult();
    Throwable cause = r == null ? null : r.cause();
    Problem p;
    if (cause instanceof TooLongHttpLineException) {
      p = new Problem(414, "请求行过长", "uri", "the request line is longer than " + HttpLimits.MAX_REQUEST_LINE + " bytes");
    } else if (cause instanceof TooLongFrameException) {
      p = new Problem(431, "请求头过大", "headers", "the request headers are larger than " + HttpLimits.MAX_HEADERS + " bytes");
    } else {
      p = new Problem(400, "请求无效", "request", "the request could not be decoded as HTTP/1.1");
    }
    closeWith(request, p);
  }

  /** A request whose body could not be decoded (a chunk size that is no hexadecimal number, a chunk too long). */
  static void badBody(HttpServerRequest request) {
    closeWith(request, new Problem(400, "请求体无法解码", "body",
        "the chunked body could not be decoded: each chunk must start with its size in hexadecimal and a line end"));
  }

  private static void closeWith(HttpServerRequest request, Problem p) {
    request.response().putHeader("Connection", "close");
    ResponseHeaders.add(request.response());
    p.send(request.response(), request.decoderResult() != null && request.decoderResult().isSuccess() ? request.path() : null);
    request.connection().close();
  }
}
