package org.xiezhi.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a routed request into an {@link Operation.Call}: path parameters of 1..200 characters, a
 * body of the operation's media type ({@code application/json} matched exactly, or JSON Lines
 * where the operation takes them) checked against its schema, and no body where it takes none.
 */
final class CallValidation {
  private CallValidation() {}

  /** The call, or a {@link Problem} naming the field at fault. */
  static Operation.Call validate(RoutingContext ctx, Operation op) {
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
    return new Operation.Call(body, params, ctx.get(Authoriser.PRINCIPAL));
  }
}
