package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.xiezhi.api.metrics.ServiceMetrics;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.OpenApiDocument;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.PlainText;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RequestSchema;

/** Health, readiness, metrics, the OpenAPI document and the admin reload. */
public final class SystemOperations {
  static final RequestSchema RELOAD = RequestSchema.of(string("target", true, 1, 10, "models or index"));

  private SystemOperations() {}

  /** Every operation of the service, the system ones included. */
  public static List<Operation> table(XiezhiServices s, ServiceMetrics metrics, BooleanSupplier auditHealthy) {
    List<Operation> ops = new ArrayList<>();
    ops.addAll(StatuteOperations.all(s.statutes()));
    ops.addAll(CaseOperations.all(s.cases(), s.similar()));
    ops.addAll(ReportOperations.all(s));
    ops.addAll(ModelOperations.all(s.prediction(), s.embedder(), metrics));
    ops.addAll(AdvisorOperations.all(s.advisor()));
    ops.addAll(UpdateOperations.all(s.updates()));
    ops.addAll(ModelSwitchOperations.all(s.prediction()));
    ops.add(new Operation("POST", "/api/v1/admin/reload", "reload", "Reload the models or the index (admin only)",
        Set.of(Role.ADMIN), RELOAD, true, call -> {
          String target = Bodies.text(call.body(), "target");
          switch (target) {
            case "models" -> s.prediction().reload();
            case "index" -> s.cases().reload();
            default -> throw Problem.badRequest("/target", "must be 'models' or 'index'");
          }
          return Reply.of(Map.of("reloaded", target, "cases", s.cases().size()));
        }));
    ops.add(new Operation("GET", "/health", "health", "Liveness (no key needed)", Set.of(), null, false,
        call -> Reply.of(Map.of("status", "up"))));
    ops.add(new Operation("GET", "/ready", "ready", "Readiness: indexes loaded, audit log writable", Operation.ANY, null, false,
        call -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("cases", s.cases().size());
          m.put("statutes", s.statutes().size());
          m.put("embedder", s.embedder() == null ? null : s.embedder().modelId());
          m.put("modelVersion", s.prediction().activeVersion());
          m.put("auditLog", auditHealthy.getAsBoolean() ? "ok" : "failing");
          m.put("updates", s.updates() == null ? Map.of("writable", false) : s.updates().status());
          boolean ready = s.cases().size() > 0 && auditHealthy.getAsBoolean();
          m.put("ready", ready);
          if (!ready) {
            throw new Problem(503, "未就绪", null, "not ready: " + m);
          }
          return Reply.of(m);
        }));
    ops.add(new Operation("GET", "/metrics", "metrics", "Prometheus metrics", Set.of(Role.ADMIN, Role.PLATFORM), null, false,
        call -> Reply.of(new PlainText(metrics.scrape()))));
    List<Operation> frozen = List.copyOf(ops);
    List<Operation> all = new ArrayList<>(frozen);
    Operation openapi = new Operation("GET", "/openapi.json", "openapi", "This document", Operation.ANY, null, false, null);
    all.add(openapi);
    Map<String, Object> doc = OpenApiDocument.build(all);
    all.set(all.size() - 1, new Operation(openapi.method(), openapi.path(), openapi.operationId(), openapi.summary(),
        openapi.roles(), null, false, call -> Reply.of(doc)));
    return List.copyOf(all);
  }
}
