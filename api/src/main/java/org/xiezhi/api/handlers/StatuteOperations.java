package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.integer;
import static org.xiezhi.api.server.Field.string;

import java.util.List;
import java.util.Map;
import org.xiezhi.api.port.StatutePort;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RequestSchema;

/** Statute lookup by id and statute search. */
public final class StatuteOperations {
  static final RequestSchema SEARCH = RequestSchema.of(
      string("query", true, 1, 2000, "keywords, a charge name or a fact description"),
      integer("limit", false, 1, 50, "hits to return (default 10)"));

  private StatuteOperations() {}

  public static List<Operation> all(StatutePort statutes) {
    return List.of(
        new Operation("GET", "/api/v1/statutes/{id}", "getStatute", "One article by id, e.g. 刑法:264 or 刑法:133-1",
            Operation.ANY, null, true, call -> {
              String id = call.param("id");
              if (!id.matches("[^:]{1,60}:[0-9]{1,4}(-[0-9]{1,2})?")) {
                throw Problem.badRequest("id", "must look like 刑法:264 or 刑法:133-1");
              }
              var a = statutes.article(id).orElseThrow(() -> new Problem(404, "未找到", "id", "no article " + id));
              return new Reply(a, List.of(a.id()));
            }),
        new Operation("POST", "/api/v1/statutes/search", "searchStatutes", "Search the Criminal Law and interpretations",
            Operation.ANY, SEARCH, true, call -> {
              var hits = statutes.search(Bodies.text(call.body(), "query"), Bodies.integer(call.body(), "limit", 10));
              return new Reply(Map.of("hits", hits), hits.stream().map(StatutePort.Hit::id).toList());
            }));
  }
}
