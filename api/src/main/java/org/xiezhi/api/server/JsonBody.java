package org.xiezhi.api.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict parsing of a request body: valid UTF-8, one JSON object, no duplicate keys. */
final class JsonBody {
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonBody() {}

  /**
   * A JSON Lines body as the object {@code {"<field>": [line 1, line 2, …]}}; blank lines are
   * skipped, a line that is not JSON is refused with its number.
   */
  static JsonNode parseLines(byte[] bytes, String field) {
    if (bytes == null || bytes.length == 0) {
      throw Problem.badRequest("body", "at least one JSON line is required");
    }
    String text = utf8(bytes);
    com.fasterxml.jackson.databind.node.ObjectNode root = STRICT.createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode items = root.putArray(field);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        items.add(STRICT.readTree(lines[i]));
      } catch (JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        throw Problem.badRequest("body", "line " + (i + 1) + " is not valid JSON: " + (msg.length() > 200 ? msg.substring(0, 200) : msg));
      }
    }
    return root;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw Problem.badRequest("body", "is not valid UTF-8");
    }
  }

  static JsonNode parse(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw Problem.badRequest("body", "a JSON object is required");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw Problem.badRequest("body", "is not valid UTF-8");
    }
    try {
      return STRICT.readTree(text);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      if (msg.length() > 200) {
        msg = msg.substring(0, 200);
      }
      throw Problem.badRequest("body", "is not valid JSON: " + msg
          + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : ""));
    }
  }
}
