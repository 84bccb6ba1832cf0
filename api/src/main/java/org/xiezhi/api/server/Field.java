package org.xiezhi.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a request body: its type, whether it is required and its bounds. The same object
 * validates requests and writes the field's JSON Schema into the OpenAPI document.
 */
public record Field(String name, Kind kind, boolean required, int min, int max, String description, RequestSchema nested,
    Class<? extends Record> recordType) {

  /** JSON types a field may take. */
  public enum Kind { STRING, INTEGER, BOOLEAN, STRING_ARRAY, OBJECT, OBJECT_ARRAY, RECORD_ARRAY }

  public Field(String name, Kind kind, boolean required, int min, int max, String description, RequestSchema nested) {
    this(name, kind, required, min, max, description, nested, null);
  }

  /**
   * An array of {@code min..max} JSON objects each of which must decode as {@code type} (a record of
   * the project's data model, e.g. a corpus case record); unknown fields and wrong types are refused
   * with the pointer of the offending value.
   */
  public static Field records(String name, boolean required, int min, int max, Class<? extends Record> type, String description) {
    return new Field(name, Kind.RECORD_ARRAY, required, min, max, description, null, type);
  }

  public static Field string(String name, boolean required, int minLength, int maxLength, String description) {
    return new Field(name, Kind.STRING, required, minLength, maxLength, description, null);
  }

  public static Field integer(String name, boolean required, int min, int max, String description) {
    return new Field(name, Kind.INTEGER, required, min, max, description, null);
  }

  /** An array of strings, {@code min..max} items of at most 2,000 characters each. */
  public static Field strings(String name, boolean required, int min, int max, String description) {
    return new Field(name, Kind.STRING_ARRAY, required, min, max, description, null);
  }

  public static Field object(String name, boolean required, RequestSchema nested, String description) {
    return new Field(name, Kind.OBJECT, required, 0, 0, description, nested);
  }

  public static Field objects(String name, boolean required, int min, int max, RequestSchema nested, String description) {
    return new Field(name, Kind.OBJECT_ARRAY, required, min, max, description, nested);
  }

  static final int MAX_ITEM_LENGTH = 2000;

  void validate(JsonNode v, String pointer) {
    switch (kind) {
      case STRING -> {
        if (!v.isTextual()) {
          throw Problem.badRequest(pointer, "must be a string");
        }
        int len = v.textValue().codePointCount(0, v.textValue().length());
        if (len < min || len > max) {
          throw Problem.badRequest(pointer, "length must be " + min + ".." + max + " characters, was " + len);
        }
        if (min > 0 && v.textValue().isBlank()) {
          throw Problem.badRequest(pointer, "must not be blank");
        }
      }
      case INTEGER -> {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
          throw Problem.badRequest(pointer, "must be an integer");
        }
        if (v.intValue() < min || v.intValue() > max) {
          throw Problem.badRequest(pointer, "must be " + min + ".." + max + ", was " + v.intValue());
        }
      }
      case BOOLEAN -> {
        if (!v.isBoolean()) {
          throw Problem.badRequest(pointer, "must be true or false");
        }
      }
      case STRING_ARRAY -> {
        checkArray(v, pointer);
        for (int i = 0; i < v.size(); i++) {
          JsonNode item = v.get(i);
          if (!item.isTextual() || item.textValue().isBlank()) {
            throw Problem.badRequest(pointer + "/" + i, "must be a non-blank string");
          }
          if (item.textValue().length() > MAX_ITEM_LENGTH) {
            throw Problem.badRequest(pointer + "/" + i, "longer than " + MAX_ITEM_LENGTH + " characters");
          }
        }
      }
      case OBJECT -> nested.validate(v, pointer);
      case RECORD_ARRAY -> {
        checkArray(v, pointer);
        for (int i = 0; i < v.size(); i++) {
          RecordSchemas.decode(v.get(i), recordType, pointer + "/" + i);
        }
      }
      case OBJECT_ARRAY -> {
        checkArray(v, pointer);
        for (int i = 0; i < v.size(); i++) {
          nested.validate(v.get(i), pointer + "/" + i);
        }
      }
    }
  }

  private void checkArray(JsonNode v, String pointer) {
    if (!v.isArray()) {
      throw Problem.badRequest(pointer, "must be an array");
    }
    if (v.size() < min || v.size() > max) {
      throw Problem.badRequest(pointer, "must hold " + min + ".." + max + " items, held " + v.size());
    }
  }

  /** This field's JSON Schema (OpenAPI 3.1 uses JSON Schema 2020-12). */
  Map<String, Object> jsonSchema() {
    Map<String, Object> m = new LinkedHashMap<>();
    switch (kind) {
      case STRING -> {
        m.put("type", "string");
        m.put("minLength", min);
        m.put("maxLength", max);
      }
      case INTEGER -> {
        m.put("type", "integer");
        m.put("minimum", min);
        m.put("maximum", max);
      }
      case BOOLEAN -> m.put("type", "boolean");
      case STRING_ARRAY -> {
        m.put("type", "array");
        m.put("items", Map.of("type", "string", "minLength", 1, "maxLength", MAX_ITEM_LENGTH));
        m.put("minItems", min);
        m.put("maxItems", max);
      }
      case OBJECT -> m.putAll(nested.jsonSchema());
      case RECORD_ARRAY -> {
        m.put("type", "array");
        m.put("items", Map.of("$ref", "#/components/schemas/" + recordType.getSimpleName()));
        m.put("minItems", min);
        m.put("maxItems", max);
      }
      case OBJECT_ARRAY -> {
        m.put("type", "array");
        m.put("items", nested.jsonSchema());
        m.put("minItems", min);
        m.put("maxItems", max);
      }
    }
    if (description != null) {
      m.put("description", description);
    }
    return m;
  }

  static List<String> names(List<Field> fields) {
    return fields.stream().map(Field::name).toList();
  }
}
