package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.records;
import static org.xiezhi.api.server.Field.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.api.port.CaseUpdatePort;
import org.xiezhi.api.security.Role;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RecordSchemas;
import org.xiezhi.api.server.RequestSchema;
import org.xiezhi.corpus.model.CaseRecord;

/** Adding, replacing and deleting judgments while serving (admin only). */
public final class UpdateOperations {
  /** Most records in one upsert batch. */
  public static final int MAX_BATCH = 500;
  static final RequestSchema UPSERT = RequestSchema.of(records("cases", true, 1, MAX_BATCH, CaseRecord.class,
      "1..500 case records in the format of cases.jsonl (corpus ingest); a record with only id and fullText is parsed"
          + " as a judgment; every record is masked"));
  static final RequestSchema DELETE = RequestSchema.of(strings("ids", true, 1, 1000, "1..1000 case ids"));

  private UpdateOperations() {}

  public static List<Operation> all(CaseUpdatePort updates) {
    return List.of(
        new Operation("POST", "/api/v1/admin/cases/upsert", "upsertCases",
            "Add or replace judgments by id while serving; searchable within the refresh interval (admin only)",
            Set.of(Role.ADMIN), UPSERT, true, call -> {
              List<CaseRecord> recs = new ArrayList<>();
              JsonNode items = call.body().get("cases");
              for (int i = 0; i < items.size(); i++) {
                recs.add(RecordSchemas.decode(items.get(i), CaseRecord.class, "/cases/" + i));
              }
              CaseUpdatePort.Outcome o = require(updates).upsert(recs);
              return new Reply(reply(o), recs.stream().map(CaseRecord::id).filter(java.util.Objects::nonNull).toList());
            }).withJsonLines("cases"),
        new Operation("POST", "/api/v1/admin/cases/delete", "deleteCases",
            "Delete judgments by id while serving; gone from searches within the refresh interval (admin only)",
            Set.of(Role.ADMIN), DELETE, true, call -> {
              List<String> ids = Bodies.strings(call.body(), "ids");
              return new Reply(reply(require(updates).delete(ids)), ids);
            }));
  }

  private static CaseUpdatePort require(CaseUpdatePort u) {
    if (u == null) {
      throw new Problem(409, "索引只读", null,
          "this service cannot change its cases (no index, or the index is opened read-only)");
    }
    return u;
  }

  private static Map<String, Object> reply(CaseUpdatePort.Outcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("upserted", o.upserted());
    m.put("deleted", o.deleted());
    m.put("notFound", o.notFound());
    m.put("rejected", o.rejected());
    m.put("searchableWithinMs", o.refreshIntervalMs());
    return m;
  }
}
