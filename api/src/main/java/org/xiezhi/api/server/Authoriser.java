package org.xiezhi.api.server;

import io.vertx.ext.web.RoutingContext;
import org.xiezhi.api.security.ApiKeyStore;
import org.xiezhi.api.security.ApiKeyStore.Principal;

/**
 * The key check of every operation that names roles: exactly one key presented (ambiguous
 * credentials are refused by {@link Credentials}), a known key (401 otherwise), a role the
 * operation admits (403 otherwise). The principal is kept on the routing context for the audit.
 */
final class Authoriser {
  /** The routing-context key of the authenticated principal. */
  static final String PRINCIPAL = "xiezhi.principal";
  private final ApiKeyStore keys;

  Authoriser(ApiKeyStore keys) {
    this.keys = keys;
  }

  /** A route handler: passes the request on when its key may call {@code op}, else answers the problem. */
  void authorise(RoutingContext ctx, Operation op) {
    if (op.roles().isEmpty()) {
      ctx.next();
      return;
    }
    String key;
    try {
      key = Credentials.presentedKey(ctx.request());
    } catch (Problem ambiguous) {
      Dispatcher.fail(ctx, ambiguous);
      return;
    }
    if (key == null) {
      Dispatcher.fail(ctx, new Problem(401, "需要 API 密钥", "Authorization", "send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'"));
      return;
    }
    Principal p = keys.authenticate(key).orElse(null);
    if (p == null) {
      Dispatcher.fail(ctx, new Problem(401, "API 密钥无效", "Authorization", "the key is not valid"));
      return;
    }
    ctx.put(PRINCIPAL, p);
    if (!op.roles().contains(p.role())) {
      Dispatcher.fail(ctx, new Problem(403, "权限不足", "role", "role '" + p.role().label() + "' may not call " + op.operationId()));
      return;
    }
    ctx.next();
  }
}
