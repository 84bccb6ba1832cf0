package org.xiezhi.api.server;

import io.vertx.core.http.HttpServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xiezhi.corpus.io.Json;

/**
 * The one error shape of the service: RFC 9457 {@code application/problem+json} with the field at
 * fault (a JSON pointer such as {@code /items/3/facts}, or a header or parameter name) and the
 * reason.
 */
public final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;
  private final String field;

  public Problem(int status, String title, String field, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  public static Problem badRequest(String field, String reason) {
    return new Problem(400, "请求参数无效", field, reason);
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }

  /** The problem document. */
  public Map<String, Object> body(String instance) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "https://xiezhi.org/problems/" + status);
    m.put("title", title);
    m.put("status", status);
    m.put("detail", getMessage());
    if (field != null) {
      m.put("field", field);
    }
    if (instance != null) {
      m.put("instance", instance);
    }
    return m;
  }

  /** Writes this problem as the response unless one was already sent. */
  public void send(HttpServerResponse response, String instance) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status).putHeader("Content-Type", "application/problem+json; charset=utf-8");
    if (status == 401) {
      response.putHeader("WWW-Authenticate", "Bearer realm=\"xiezhi\"");
    }
    if (status == 429 || status == 503) {
      response.putHeader("Retry-After", "1");
    }
    response.end(Json.line(body(instance)));
  }
}
