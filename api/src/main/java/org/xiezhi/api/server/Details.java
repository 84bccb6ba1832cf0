package org.xiezhi.api.server;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error details in the client's terms: Java type names that a library message carries
 * ({@code `java.lang.String`}, {@code org.xiezhi.corpus.model.CaseRecord}, {@code
 * NullPointerException}) become JSON words (string, integer, array, object) or go, so a body never
 * names the implementation.
 */
final class Details {
  private static final Pattern QUALIFIED = Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)(?:\\[])?`?");
  private static final Pattern EXCEPTION = Pattern.compile("`?\\b[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b`?(?::\\s*)?");
  private static final Map<String, String> JSON_WORDS = Map.ofEntries(
      Map.entry("String", "string"), Map.entry("Integer", "integer"), Map.entry("Long", "integer"),
      Map.entry("Double", "number"), Map.entry("Float", "number"), Map.entry("Boolean", "boolean"),
      Map.entry("List", "array"), Map.entry("ArrayList", "array"), Map.entry("Map", "object"),
      Map.entry("JsonNode", "JSON value"), Map.entry("ObjectNode", "object"), Map.entry("ArrayNode", "array"));

  private Details() {}

  static String clean(String detail) {
    if (detail == null) {
      return null;
    }
    Matcher m = QUALIFIED.matcher(detail);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String simple = m.group(1);
      String word = simple.endsWith("Exception") || simple.endsWith("Error") ? "" : JSON_WORDS.getOrDefault(simple, "value");
      m.appendReplacement(b, Matcher.quoteReplacement(word));
    }
    m.appendTail(b);
    String out = EXCEPTION.matcher(b).replaceAll("").replaceAll("\\s{2,}", " ").replaceAll("[,:;]\\s*$", "").trim();
    return out.isEmpty() ? "invalid value" : out;
  }
}
