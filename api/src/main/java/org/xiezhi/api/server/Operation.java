package org.xiezhi.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.xiezhi.api.security.ApiKeyStore.Principal;
import org.xiezhi.api.security.Role;

/**
 * One operation of the API: method, path (OpenAPI style, {@code {id}}), the roles admitted, the
 * request body schema (null for GET), whether the action blocks (then it runs on the worker
 * pool; only cheap in-memory actions such as health and metrics run on the event loop) and the
 * action. The router validates the request against the
 * schema, then runs the action on the worker pool, then writes its reply: validate → act → respond.
 */
public record Operation(
    String method,
    String path,
    String operationId,
    String summary,
    Set<Role> roles,
    RequestSchema body,
    boolean blocking,
    Function<Call, Reply> action,
    String linesField,
    String responseType) {

  /** The media type of a JSON Lines body. */
  public static final String JSON_LINES = "application/x-ndjson";

  /** An operation whose body is a JSON object only. */
  public Operation(String method, String path, String operationId, String summary, Set<Role> roles, RequestSchema body,
      boolean blocking, Function<Call, Reply> action) {
    this(method, path, operationId, summary, roles, body, blocking, action, null, null);
  }

  /**
   * The same operation that also takes a JSON Lines body ({@value #JSON_LINES}): each non-blank
   * line becomes one item of the array field {@code field} of the JSON object it stands for.
   */
  public Operation withJsonLines(String field) {
    return new Operation(method, path, operationId, summary, roles, body, blocking, action, field, responseType);
  }

  /**
   * The same operation answering with a file of media type {@code mediaType} (its action returns an
   * {@link Attachment}) instead of JSON; the OpenAPI document says so.
   */
  public Operation withResponseType(String mediaType) {
    return new Operation(method, path, operationId, summary, roles, body, blocking, action, linesField, mediaType);
  }

  /** Every role. */
  public static final Set<Role> ANY = Set.of(Role.values());

  /** What an action receives: the validated body (null for GET), path parameters and caller. */
  public record Call(JsonNode body, Map<String, String> params, Principal principal) {
    public String param(String name) {
      return params.get(name);
    }
  }

  /** What an action returns: the response body and the ids it returned (for the audit log). */
  public record Reply(Object body, List<String> ids) {
    public static Reply of(Object body) {
      return new Reply(body, List.of());
    }
  }

  /** Batch roles: the platform (and admin) run batch work; judges and prosecutors call one item at a time. */
  public static final Set<Role> BATCH = Set.of(Role.PLATFORM, Role.ADMIN);

  /** Whether this is a batch operation (path ending {@code /batch}): it runs on the batch pool. */
  public boolean isBatch() {
    return path.endsWith("/batch");
  }

  /** Whether the body may be up to the batch body limit: batch operations and JSON Lines uploads. */
  public boolean largeBody() {
    return isBatch() || linesField != null;
  }

  /** Path parameter names, in order. */
  public List<String> pathParams() {
    return java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}").matcher(path).results().map(m -> m.group(1)).toList();
  }

  /** The path in Vert.x router syntax ({@code :id}). */
  public String routerPath() {
    return path.replaceAll("\\{([a-zA-Z]+)}", ":$1");
  }
}
