package org.xiezhi.api.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading already-validated request bodies. */
final class Bodies {
  private Bodies() {}

  static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.textValue();
  }

  static int integer(JsonNode body, String field, int dflt) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? dflt : v.intValue();
  }

  static Integer optInteger(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.intValue();
  }

  static List<String> strings(JsonNode body, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = body.get(field);
    if (v != null) {
      v.forEach(n -> out.add(n.textValue()));
    }
    return out;
  }
}
