package org.xiezhi.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shape of a JSON object: its fields; any other field is refused. */
public record RequestSchema(List<Field> fields) {

  public static RequestSchema of(Field... fields) {
    return new RequestSchema(List.of(fields));
  }

  /** Checks {@code node} against this schema; throws a 400 {@link Problem} naming the field. */
  public void validate(JsonNode node, String pointer) {
    if (node == null || !node.isObject()) {
      throw Problem.badRequest(pointer.isEmpty() ? "/" : pointer, "must be a JSON object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (fields.stream().noneMatch(f -> f.name().equals(name))) {
        throw Problem.badRequest(pointer + "/" + name, "unknown field (allowed: " + String.join(", ", Field.names(fields)) + ")");
      }
    }
    for (Field f : fields) {
      JsonNode v = node.get(f.name());
      if (v == null || v.isNull()) {
        if (f.required()) {
          throw Problem.badRequest(pointer + "/" + f.name(), "is required");
        }
        continue;
      }
      f.validate(v, pointer + "/" + f.name());
    }
  }

  Map<String, Object> jsonSchema() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "object");
    m.put("additionalProperties", false);
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Field f : fields) {
      props.put(f.name(), f.jsonSchema());
      if (f.required()) {
        required.add(f.name());
      }
    }
    m.put("properties", props);
    if (!required.isEmpty()) {
      m.put("required", required);
    }
    return m;
  }
}
