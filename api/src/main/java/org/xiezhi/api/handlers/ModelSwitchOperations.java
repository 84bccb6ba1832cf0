package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.xiezhi.api.port.PredictionPort;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RequestSchema;

/** Switching the served model version and rolling it back while serving (admin only). */
public final class ModelSwitchOperations {
  private static final Logger LOG = Logger.getLogger(ModelSwitchOperations.class.getName());
  static final RequestSchema SWITCH = RequestSchema.of(string("version", true, 1, 64, "the registry version to serve, e.g. 2"));
  static final RequestSchema ROLLBACK = RequestSchema.of(string("reason", true, 1, 500, "why (written to the service log)"));

  private ModelSwitchOperations() {}

  public static List<Operation> all(PredictionPort prediction) {
    return List.of(
        new Operation("POST", "/api/v1/admin/models/switch", "switchModels",
            "Load a model version beside the one in use and switch to it atomically (admin only)",
            Set.of(Role.ADMIN), SWITCH, true, call -> {
              String v = Bodies.text(call.body(), "version");
              if (!v.matches("[A-Za-z0-9._-]+")) {
                throw Problem.badRequest("/version", "must match [A-Za-z0-9._-]+");
              }
              return reply(() -> prediction.switchModels(v), "/version");
            }),
        new Operation("POST", "/api/v1/admin/models/rollback", "rollbackModels",
            "Switch back to the model version served before the last switch (admin only)",
            Set.of(Role.ADMIN), ROLLBACK, true, call -> {
              LOG.info("model rollback requested: " + Bodies.text(call.body(), "reason"));
              return reply(prediction::rollbackModels, null);
            }));
  }

  private static Reply reply(Supplier<PredictionPort.Switch> action, String field) {
    PredictionPort.Switch s;
    try {
      s = action.get();
    } catch (UnsupportedOperationException e) {
      throw new Problem(409, "无法切换模型", null, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new Problem(field == null ? 409 : 400, "无法切换模型", field, e.getMessage());
    } catch (IllegalStateException e) {
      throw new Problem(409, "无法切换模型", null, e.getMessage());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("active", s.active());
    m.put("previous", s.previous());
    return Reply.of(m);
  }
}
