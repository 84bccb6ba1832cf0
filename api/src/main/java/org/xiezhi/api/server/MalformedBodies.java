package org.xiezhi.api.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContent;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Answers a request whose body the HTTP decoder could not read (a malformed chunk size, say) with
 * a problem document. Vert.x has no public hook for this: on such a body it fails the connection
 * and closes it before anything can be written. So a small Netty handler is placed just before
 * Vert.x's own on each connection; it sees the undecodable part of the body first, and instead of
 * passing it on asks {@link InvalidRequests#badBody} to answer the request in progress (400, field
 * {@code body}) and close the connection. Where no request is in progress, or its answer has begun,
 * the part goes on to Vert.x, which closes the connection as before.
 */
final class MalformedBodies extends ChannelInboundHandlerAdapter {
  /** The name of Vert.x's handler in the pipeline of an HTTP connection. */
  private static final String VERTX_HANDLER = "handler";
  private static final AttributeKey<HttpServerRequest> CURRENT = AttributeKey.valueOf("xiezhi.request");

  private MalformedBodies() {}

  /** For {@code HttpServer.connectionHandler}: installs the handler on {@code c} (when it is a Netty connection). */
  static void install(HttpConnection c) {
    if (c instanceof ConnectionBase b) {
      ChannelPipeline p = b.channelHandlerContext().pipeline();
      if (p.get(VERTX_HANDLER) != null && p.get(MalformedBodies.class) == null) {
        p.addBefore(VERTX_HANDLER, "xiezhi-malformed-bodies", new MalformedBodies());
      }
    }
  }

  /** The request whose head has arrived on its connection: the one a malformed body belongs to. */
  static void requestStarted(HttpServerRequest request) {
    if (request.connection() instanceof ConnectionBase b) {
      b.channel().attr(CURRENT).set(request);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpContent c && c.decoderResult().isFailure()) {
      HttpServerRequest request = ctx.channel().attr(CURRENT).getAndSet(null);
      if (request != null && !request.response().headWritten() && !request.response().closed()) {
        ReferenceCountUtil.release(msg);
        InvalidRequests.badBody(request);
        return;
      }
    }
    ctx.fireChannelRead(msg);
  }
}
