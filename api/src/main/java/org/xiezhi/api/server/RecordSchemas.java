package org.xiezhi.api.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xiezhi.corpus.io.Json;

/**
 * Request bodies that carry records of the project's data model (e.g. corpus case records): strict
 * decoding with the pointer of the offending value, and the records' JSON Schema for the OpenAPI
 * document, derived from the record components.
 */
public final class RecordSchemas {
  private RecordSchemas() {}

  /** Decodes {@code node} as {@code type}; a 400 {@link Problem} names the field on failure. */
  public static <T> T decode(JsonNode node, Class<T> type, String pointer) {
    if (node == null || !node.isObject()) {
      throw Problem.badRequest(pointer, "must be a JSON object");
    }
    ObjectReader r = Json.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    try {
      return r.readValue(node);
    } catch (JsonMappingException e) {
      String path = e.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
          .collect(Collectors.joining("/"));
      String msg = e.getOriginalMessage();
      if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException) {
        Throwable c = e.getCause();
        msg = "is not a valid record" + (c instanceof IllegalArgumentException && c.getMessage() != null
            ? ": " + c.getMessage() : "");
      }
      int cut = msg.indexOf(" (");
      msg = cut > 0 ? msg.substring(0, cut) : msg;
      if (msg.length() > 200) {
        msg = msg.substring(0, 200);
      }
      throw Problem.badRequest(path.isEmpty() ? pointer : pointer + "/" + path,
          (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException ? "unknown field: " : "")
              + msg);
    } catch (java.io.IOException e) {
      throw Problem.badRequest(pointer, "cannot be read as " + type.getSimpleName());
    }
  }

  /** JSON Schema of a record type: its components as properties (nested records by reference). */
  public static Map<String, Object> schema(Class<?> type, Map<String, Object> components) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      props.put(c.getName(), typeSchema(c.getGenericType(), components));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "object");
    m.put("additionalProperties", false);
    m.put("properties", props);
    return m;
  }

  /** Adds {@code type} and the records it refers to to {@code components}. */
  public static void register(Class<?> type, Map<String, Object> components) {
    if (!components.containsKey(type.getSimpleName())) {
      components.put(type.getSimpleName(), Map.of());
      components.put(type.getSimpleName(), schema(type, components));
    }
  }

  private static Object typeSchema(Type t, Map<String, Object> components) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return Map.of("type", "array", "items", typeSchema(p.getActualTypeArguments()[0], components));
    }
    if (t instanceof Class<?> c) {
      if (c == String.class) {
        return Map.of("type", "string");
      }
      if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
        return Map.of("type", "integer");
      }
      if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
        return Map.of("type", "number");
      }
      if (c == Boolean.class || c == boolean.class) {
        return Map.of("type", "boolean");
      }
      if (c.isRecord()) {
        register(c, components);
        return Map.of("$ref", "#/components/schemas/" + c.getSimpleName());
      }
    }
    return Map.of();
  }
}
