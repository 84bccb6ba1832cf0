package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.integer;
import static org.xiezhi.api.server.Field.object;
import static org.xiezhi.api.server.Field.objects;
import static org.xiezhi.api.server.Field.string;
import static org.xiezhi.api.server.Field.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.api.port.CaseSearchPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.api.server.Operation;
import org.xiezhi.api.server.Operation.Reply;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RequestSchema;

/** Case search, case view and similar cases (single and batch). */
public final class CaseOperations {
  static final int MAX_FACTS = 8000;
  private static final RequestSchema FILTERS = RequestSchema.of(
      strings("charges", false, 0, 10, "only cases with one of these charges"),
      string("court", false, 1, 100, "only cases of this court"),
      integer("yearFrom", false, 1979, 2100, "first year"),
      integer("yearTo", false, 1979, 2100, "last year"));
  private static final RequestSchema REFINE = RequestSchema.of(
      strings("charges", false, 0, 20, "only hits with one of these charges"),
      strings("region", false, 0, 40, "only hits of one of these regions (未载明: none stated)"),
      strings("year", false, 0, 60, "only hits of one of these years (未载明: none stated)"),
      strings("level", false, 0, 5, "only hits of one of these court levels: 最高人民法院, 高级人民法院, 中级人民法院, 基层人民法院, 未载明"),
      strings("procedure", false, 0, 10, "only hits of one of these procedures (一审, 二审, ...)"));
  static final RequestSchema SEARCH = RequestSchema.of(
      string("query", true, 1, 2000, "keywords or a fact description"),
      integer("limit", false, 1, 100, "hits to return: the page size (default 10)"),
      integer("offset", false, 0, SearchPages.HIT_SET, "hits to skip in the sorted, refined hit set (default 0)"),
      string("sort", false, 1, 20, "relevance (default), date (newest first) or level (highest court first)"),
      object("filters", false, FILTERS, "filters applied by the index (they change the hit set)"),
      object("refine", false, REFINE, "facet values chosen within the hit set (the facets count the refined set)"));
  private static final String CHARGES_DOC = "the case's known or proposed charges, ranked with the facts; "
      + "when none are given the served charge model's decision is used (the answer's chargesFrom says which)";
  static final RequestSchema SIMILAR = RequestSchema.of(
      string("facts", true, 1, MAX_FACTS, "the fact description of the case at hand"),
      strings("charges", false, 0, 10, CHARGES_DOC),
      integer("limit", false, 1, 50, "cases to return (default 10)"));
  private static final RequestSchema SIMILAR_ITEM = RequestSchema.of(
      string("id", true, 1, 100, "the caller's id for this item"),
      string("facts", true, 1, MAX_FACTS, "fact description"),
      strings("charges", false, 0, 10, CHARGES_DOC),
      integer("limit", false, 1, 50, "cases to return (default 10)"));
  static final RequestSchema SIMILAR_BATCH = RequestSchema.of(objects("items", true, 1, 32, SIMILAR_ITEM, "up to 32 cases"));

  private CaseOperations() {}

  public static List<Operation> all(CaseSearchPort cases, SimilarCasePort similar) {
    return List.of(
        new Operation("POST", "/api/v1/cases/search", "searchCases", "Search past cases by keywords or facts, with highlights and facets",
            Operation.ANY, SEARCH, true, call -> search(cases, call.body())),
        new Operation("GET", "/api/v1/cases/{id}", "getCase", "One case, masked", Operation.ANY, null, true,
            call -> {
              var c = cases.get(call.param("id")).orElseThrow(() -> new Problem(404, "未找到", "id", "no case with this id"));
              return new Reply(c, List.of(c.id()));
            }),
        new Operation("POST", "/api/v1/cases/similar", "similarCases", "Similar cases with the reasons each is similar",
            Operation.ANY, SIMILAR, true, call -> {
              var a = similar.similar(Bodies.text(call.body(), "facts"), charges(call.body()), Bodies.integer(call.body(), "limit", 10));
              return new Reply(Map.of("cases", a.cases(), "charges", a.charges(), "chargesFrom", a.chargesFrom(),
                  "ranker", a.ranker()),
                  a.cases().stream().map(SimilarCasePort.Similar::id).toList());
            }),
        new Operation("POST", "/api/v1/cases/similar/batch", "similarCasesBatch", "Similar cases for many fact descriptions",
            Operation.BATCH, SIMILAR_BATCH, true, call -> {
              List<Object> results = new ArrayList<>();
              List<String> ids = new ArrayList<>();
              for (JsonNode item : call.body().get("items")) {
                var a = similar.similar(Bodies.text(item, "facts"), charges(item), Bodies.integer(item, "limit", 10));
                a.cases().forEach(s -> ids.add(s.id()));
                results.add(Map.of("id", item.get("id").textValue(), "cases", a.cases(), "charges", a.charges(),
                    "chargesFrom", a.chargesFrom(), "ranker", a.ranker()));
              }
              return new Reply(Map.of("results", results), ids);
            }));
  }

  /** The request's charges (none when absent), normalised to end in 罪. */
  private static List<String> charges(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.path("charges").forEach(n -> {
      if (!n.textValue().isBlank()) {
        out.add(ChargeNames.withZui(n.textValue().strip()));
      }
    });
    return out;
  }

  private static Reply search(CaseSearchPort cases, JsonNode body) {
    JsonNode f = body.path("filters");
    Integer from = f.isObject() ? Bodies.optInteger(f, "yearFrom") : null;
    Integer to = f.isObject() ? Bodies.optInteger(f, "yearTo") : null;
    if (from != null && to != null && from > to) {
      throw Problem.badRequest("/filters/yearFrom", "must not be after yearTo");
    }
    String sort = body.hasNonNull("sort") ? body.get("sort").textValue() : "relevance";
    if (!SearchPages.SORTS.contains(sort)) {
      throw Problem.badRequest("/sort", "must be one of " + String.join(", ", SearchPages.SORTS));
    }
    JsonNode refine = body.path("refine");
    Map<String, List<String>> chosen = new LinkedHashMap<>();
    for (String facet : SearchPages.FACETS.keySet()) {
      chosen.put(facet, refine.isObject() ? Bodies.strings(refine, facet) : List.of());
    }
    int limit = Bodies.integer(body, "limit", 10);
    int offset = Bodies.integer(body, "offset", 0);
    // the index ranks the hit set once; refining, sorting and paging happen over that set
    var q = new CaseSearchPort.Query(Bodies.text(body, "query"), SearchPages.HIT_SET,
        f.isObject() ? Bodies.strings(f, "charges") : List.of(), f.isObject() ? Bodies.text(f, "court") : null, from, to);
    var r = cases.search(q);
    SearchPages.Page page = SearchPages.page(r.hits(), chosen, sort, offset, limit);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", r.total());
    out.put("ranked", r.hits().size());
    out.put("matched", page.matched());
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("sort", sort);
    out.put("hits", page.hits());
    out.put("facets", page.facets());
    return new Reply(out, page.hits().stream().map(CaseSearchPort.Hit::id).toList());
  }
}
