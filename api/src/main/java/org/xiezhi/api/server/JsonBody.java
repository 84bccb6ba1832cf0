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
