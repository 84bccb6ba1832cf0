package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.integer;
import static org.xiezhi.api.server.Field.string;
import static org.xiezhi.api.server.Field.strings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.api.port.AdvisorPort;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.RequestSchema;

/** Charge check, sentencing reference and anomaly hints: for judges, prosecutors and the platform. */
public final class AdvisorOperations {
  static final RequestSchema CHECK = RequestSchema.of(
      string("facts", true, 1, CaseOperations.MAX_FACTS, "fact description"),
      strings("charges", true, 1, 10, "the proposed charges, e.g. 盗窃罪"));
  static final RequestSchema SENTENCING = RequestSchema.of(
      string("facts", true, 1, CaseOperations.MAX_FACTS, "fact description"),
      string("charge", true, 1, 50, "the charge, e.g. 盗窃罪"),
      string("amountStandard", false, 3, 4,
          "low (default) or high: which end of a provincial amount range the guideline's tiers use, e.g. 盗窃 1,000–3,000 元"));
  static final RequestSchema HINTS = RequestSchema.of(
      string("facts", true, 1, CaseOperations.MAX_FACTS, "fact description"),
      strings("charges", false, 0, 10, "the proposed or decided charges"),
      integer("termMonths", false, 0, 600, "the proposed principal term in months"));
  private static final Set<Role> DECISION_SUPPORT = Set.of(Role.JUDGE, Role.PROSECUTOR, Role.PLATFORM, Role.ADMIN);

  private AdvisorOperations() {}

  public static List<Operation> all(AdvisorPort advisor) {
    return List.of(
        new Operation("POST", "/api/v1/advise/charge-check", "checkCharges", "Check proposed charges against the facts and similar cases",
            DECISION_SUPPORT, CHECK, true, call -> {
              var r = advisor.checkCharges(Bodies.text(call.body(), "facts"), Bodies.strings(call.body(), "charges"));
              return new Reply(r, r.evidence());
            }),
        new Operation("POST", "/api/v1/advise/sentencing", "sentencingReference", "Statutory range, similar cases' terms, an estimate and the sentencing guideline's three steps",
            DECISION_SUPPORT, SENTENCING, true, call -> {
              var r = advisor.sentencing(Bodies.text(call.body(), "facts"), Bodies.text(call.body(), "charge"),
                  Bodies.text(call.body(), "amountStandard"));
              return new Reply(r, r.similar().stream().map(AdvisorPort.Point::caseId).toList());
            }),
        new Operation("POST", "/api/v1/advise/hints", "anomalyHints", "Hints where a proposal departs from similar cases",
            DECISION_SUPPORT, HINTS, true, call -> {
              var r = advisor.hints(Bodies.text(call.body(), "facts"), Bodies.strings(call.body(), "charges"),
                  Bodies.optInteger(call.body(), "termMonths"));
              return new Reply(Map.of("hints", r), r.stream().flatMap(h -> h.evidence().stream()).distinct().toList());
            }));
  }
}
