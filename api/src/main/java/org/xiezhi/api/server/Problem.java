package org.xiezhi.api.server;

import io.vertx.core.http.HttpServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xiezhi.corpus.io.Json;

/**
 * The one error shape of the service: RFC 9457 {@code application/problem+json} with a title in
 * Chinese and English ({@code 请求参数无效 / Invalid request parameter}), the field at fault (a JSON
 * pointer such as {@code /items/3/facts}, a header or parameter name, or {@code request} when the
 * request as a whole is refused) and the reason.
 */
public final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;
  private final String field;

  public Problem(int status, String title, String field, String detail) {
    super(Details.clean(detail), null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  /** English titles of the Chinese ones the service uses; others fall back to the HTTP reason phrase. */
  private static final Map<String, String> ENGLISH = Map.ofEntries(
      Map.entry("请求参数无效", "Invalid request parameter"),
      Map.entry("请求无效", "Bad request"),
      Map.entry("未找到", "Not found"),
      Map.entry("方法不允许", "Method not allowed"),
      Map.entry("请求体过大", "Request body too large"),
      Map.entry("请求行过长", "Request line too long"),
      Map.entry("请求头过大", "Request headers too large"),
      Map.entry("请求体无法解码", "Request body could not be decoded"),
      Map.entry("内部错误", "Internal error"),
      Map.entry("服务超时", "Service timeout"),
      Map.entry("服务繁忙", "Service busy"),
      Map.entry("需要 API 密钥", "API key required"),
      Map.entry("API 密钥无效", "Invalid API key"),
      Map.entry("凭据不明确", "Ambiguous credentials"),
      Map.entry("权限不足", "Forbidden"),
      Map.entry("不支持的媒体类型", "Unsupported media type"),
      Map.entry("模型未加载", "Model not loaded"),
      Map.entry("无法切换模型", "Cannot switch model"),
      Map.entry("未就绪", "Not ready"),
      Map.entry("索引只读", "Index is read-only"),
      Map.entry("查询无效", "Invalid query"),
      Map.entry("脱敏模式不一致", "Masking policy mismatch"));

  public static Problem badRequest(String field, String reason) {
    return new Problem(400, "请求参数无效", field, reason);
  }

  public int status() {
    return status;
  }

  /** The problem document. */
  public Map<String, Object> body(String instance) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "https://xiezhi.org/problems/" + status);
    m.put("title", title(status, title));
    m.put("status", status);
    m.put("detail", getMessage());
    m.put("field", field == null ? "request" : field);
    if (instance != null) {
      m.put("instance", instance);
    }
    return m;
  }

  /** {@code 中文 / English}: the English from the table, else the HTTP reason phrase of the status. */
  static String title(int status, String chinese) {
    String en = ENGLISH.get(chinese);
    if (en == null) {
      en = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
    }
    return chinese + " / " + en;
  }

  public String field() {
    return field;
  }

  /** Writes this problem as the response unless one was already sent. */
  public void send(HttpServerResponse response, String instance) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status).putHeader("Content-Type", "application/problem+json; charset=utf-8")
        .putHeader("Cache-Control", "no-store").putHeader("X-Content-Type-Options", "nosniff");
    if (status == 401) {
      response.putHeader("WWW-Authenticate", "Bearer realm=\"xiezhi\"");
    }
    if (status == 429 || status == 503) {
      response.putHeader("Retry-After", "1");
    }
    response.end(Json.line(body(instance)));
  }
}
