package org.xiezhi.api.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.xiezhi.api.security.Role;

/** Generates the OpenAPI 3.1 document from the operation table, so the two cannot drift apart. */
public final class OpenApiDocument {
  private OpenApiDocument() {}

  public static Map<String, Object> build(List<Operation> operations) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of("title", "Xiezhi 獬豸 legal knowledge and model center", "version", "0.1.0",
        "description", "AI assists, it never decides: every answer carries its evidence and model version."));
    Map<String, Object> paths = new TreeMap<>();
    Map<String, Object> schemas = new TreeMap<>();
    for (Operation op : operations) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(op.path(), k -> new LinkedHashMap<>());
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("operationId", op.operationId());
      o.put("summary", op.summary());
      if (op.roles().isEmpty()) {
        o.put("security", List.of());
      } else {
        o.put("security", List.of(Map.of("bearer", List.of()), Map.of("apiKey", List.of())));
        o.put("x-roles", op.roles().stream().map(Role::label).sorted().toList());
      }
      List<Object> params = op.pathParams().stream()
          .map(n -> (Object) Map.of("name", n, "in", "path", "required", true,
              "schema", Map.of("type", "string", "minLength", 1, "maxLength", 200)))
          .toList();
      if (!params.isEmpty()) {
        o.put("parameters", params);
      }
      if (op.body() != null) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("application/json", Map.of("schema", op.body().jsonSchema()));
        for (Field f : op.body().fields()) {
          if (f.recordType() != null) {
            RecordSchemas.register(f.recordType(), schemas);
          }
          if (f.name().equals(op.linesField())) {
            content.put(Operation.JSON_LINES, Map.of("schema", Map.of("type", "string",
                "description", "JSON Lines: one item of '" + f.name() + "' per line"),
                "x-item-schema", ((Map<?, ?>) f.jsonSchema()).get("items")));
          }
        }
        o.put("requestBody", Map.of("required", true, "content", content));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", op.responseType() == null ? Map.of("description", "success")
          : Map.of("description", "success: a file to download", "content",
              Map.of(op.responseType(), Map.of("schema", Map.of("type", "string", "format", "binary")))));
      for (String code : List.of("400", "401", "403", "404", "409", "413", "415", "429", "500", "503")) {
        responses.put(code, Map.of("description", "problem", "content",
            Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
      }
      o.put("responses", responses);
      item.put(op.method().toLowerCase(Locale.ROOT), o);
    }
    doc.put("paths", paths);
    doc.put("components", Map.of(
        "securitySchemes", Map.of(
            "bearer", Map.of("type", "http", "scheme", "bearer"),
            "apiKey", Map.of("type", "apiKey", "in", "header", "name", "X-Api-Key")),
        "schemas", withRecords(schemas, Map.of("Problem", Map.of("type", "object",
            "required", List.of("type", "title", "status", "detail"),
            "properties", Map.of(
                "type", Map.of("type", "string"), "title", Map.of("type", "string"),
                "status", Map.of("type", "integer"), "detail", Map.of("type", "string"),
                "field", Map.of("type", "string"), "instance", Map.of("type", "string")))))));
    return doc;
  }

  private static Map<String, Object> withRecords(Map<String, Object> records, Map<String, Object> base) {
    Map<String, Object> all = new TreeMap<>(records);
    all.putAll(base);
    return all;
  }
}
