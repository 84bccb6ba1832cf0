package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.integer;
import static org.xiezhi.api.server.Field.object;
import static org.xiezhi.api.server.Field.string;
import static org.xiezhi.api.server.Field.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.api.port.AdvisorPort;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RequestSchema;
import org.xiezhi.corpus.model.Sentence;

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
      integer("termMonths", false, 0, 600, "the proposed 有期徒刑 term in months (shorthand; prefer sentence)"),
      object("sentence", false, SentenceBody.SCHEMA, "the proposed or decided sentence, as in the CLI advise input"));
  static final RequestSchema ADVISE = RequestSchema.of(
      string("id", false, 1, 100, "the caller's id for this case or defendant"),
      string("facts", true, 1, CaseOperations.MAX_FACTS, "fact description"),
      strings("charges", true, 1, 10, "the proposed or decided charges, confirmed by the user"),
      strings("articles", false, 0, 20, "the cited articles, e.g. 刑法第264条"),
      object("sentence", false, SentenceBody.SCHEMA, "the proposed or decided sentence of this defendant"));
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
              var r = advisor.hints(Bodies.text(call.body(), "facts"), Bodies.strings(call.body(), "charges"), hintSentence(call.body()));
              return new Reply(Map.of("hints", r), r.stream().flatMap(h -> h.evidence().stream()).distinct().toList());
            }),
        new Operation("POST", "/api/v1/advise", "advise",
            "The whole advice for one defendant: charge check, sentencing references with the guideline steps, hints",
            DECISION_SUPPORT, ADVISE, true, call -> {
              JsonNode b = call.body();
              Object r = advisor.advise(Bodies.text(b, "id"), Bodies.text(b, "facts"), Bodies.strings(b, "charges"),
                  Bodies.strings(b, "articles"), SentenceBody.read(b, "sentence"));
              List<String> ids = r instanceof org.xiezhi.advisor.Advice a && a.sentencing() != null
                  ? a.sentencing().stream().filter(x -> x.similar() != null).flatMap(x -> x.similar().cases().stream())
                      .map(c -> c.id()).distinct().toList()
                  : List.of();
              return new Reply(r, ids);
            }));
  }

  /** {@code sentence}, or the {@code termMonths} shorthand read as 有期徒刑 of that many months. */
  private static Sentence hintSentence(JsonNode body) {
    Integer term = Bodies.optInteger(body, "termMonths");
    Sentence s = SentenceBody.read(body, "sentence");
    if (term != null && s != null) {
      throw Problem.badRequest("/termMonths", "give either sentence or termMonths, not both");
    }
    if (term != null && term > 0) {
      return new Sentence(Sentence.IMPRISONMENT, term, null, null, List.of());
    }
    return s;
  }
}