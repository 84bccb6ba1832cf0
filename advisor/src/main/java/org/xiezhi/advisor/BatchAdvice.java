package org.xiezhi.advisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.advisor.sentencing.guideline.AmountStandards;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.io.JsonLinesWriter;
import org.xiezhi.corpus.model.Sentence;

/**
 * {@code xiezhi advise}: one output line per input line. A bad line gives an error record for its
 * id (and line number) instead of stopping the run; the output is written atomically. A line's
 * {@code amountStandard} ({@code low} or {@code high}) picks the end of a provincial amount range for
 * the guideline; without one the run's default applies.
 */
public final class BatchAdvice {
  /** Counts of one run. */
  public record Outcome(int lines, int advised, int errors, List<Double> millis) {}

  private final Advisor advisor;
  private final AmountStandards.Standard standard;

  public BatchAdvice(Advisor advisor) {
    this(advisor, AmountStandards.Standard.LOW);
  }

  /** Advice with {@code standard} for lines that name no {@code amountStandard}. */
  public BatchAdvice(Advisor advisor, AmountStandards.Standard standard) {
    this.advisor = advisor;
    this.standard = standard == null ? AmountStandards.Standard.LOW : standard;
  }

  public Outcome run(Path in, Path out) throws IOException {
    int lines = 0;
    int ok = 0;
    int errors = 0;
    List<Double> millis = new ArrayList<>();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(in), decoder));
        JsonLinesWriter w = new JsonLinesWriter(out)) {
      String line;
      while (true) {
        try {
          line = r.readLine();
        } catch (CharacterCodingException e) {
          throw new IOException(in + " line " + (lines + 1) + ": not valid UTF-8");
        }
        if (line == null) {
          break;
        }
        lines++;
        if (line.isBlank()) {
          continue;
        }
        long t0 = System.nanoTime();
        Object result = adviseLine(line, lines);
        millis.add((System.nanoTime() - t0) / 1e6);
        if (result instanceof Advice) {
          ok++;
        } else {
          errors++;
        }
        w.write(result);
      }
      w.commit();
    }
    return new Outcome(lines, ok, errors, millis);
  }

  /** The advice for one input line, or an error record naming the field and the reason. */
  public Object adviseLine(String line, int lineNo) {
    JsonNode n;
    try {
      n = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return error(null, lineNo, "line", "not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      return error(null, lineNo, "line", "must be a JSON object");
    }
    String id = n.hasNonNull("id") ? n.get("id").asText() : null;
    if (id == null || id.isBlank()) {
      return error(null, lineNo, "id", "a non-empty id is required");
    }
    try {
      String amount = text(n, "amountStandard");
      if (amount != null && amount.isBlank()) {
        throw new IllegalArgumentException("amountStandard: must be low or high");
      }
      AdviceRequest req = new AdviceRequest(id, text(n, "fact"), strings(n, "charges"), strings(n, "articles"), sentence(n),
          amount == null ? standard : AmountStandards.Standard.parse(amount));
      return advisor.advise(req);
    } catch (IllegalArgumentException e) {
      String msg = e.getMessage();
      int colon = msg.indexOf(':');
      return colon > 0 ? error(id, lineNo, msg.substring(0, colon), msg.substring(colon + 1).trim())
          : error(id, lineNo, "line", msg);
    }
  }

  private static Map<String, Object> error(String id, int lineNo, String field, String reason) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", id);
    e.put("line", lineNo);
    e.put("error", Map.of("field", field, "reason", reason));
    return e;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(field + ": must be a string");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode n, String field) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(field + ": must be an array of strings");
    }
    for (JsonNode x : v) {
      if (!x.isTextual()) {
        throw new IllegalArgumentException(field + ": must be an array of strings");
      }
      out.add(x.asText());
    }
    return out;
  }

  private static Sentence sentence(JsonNode n) {
    JsonNode s = n.get("sentence");
    if (s == null || s.isNull()) {
      return null;
    }
    if (!s.isObject()) {
      throw new IllegalArgumentException("sentence: must be an object {type, months, probationMonths, fineYuan}");
    }
    return new Sentence(
        s.hasNonNull("type") ? s.get("type").asText() : null,
        integer(s, "months"), integer(s, "probationMonths"),
        s.hasNonNull("fineYuan") ? (long) number(s, "fineYuan") : null, List.of());
  }

  private static Integer integer(JsonNode s, String f) {
    return s.hasNonNull(f) ? (int) number(s, f) : null;
  }

  private static double number(JsonNode s, String f) {
    JsonNode v = s.get(f);
    if (!v.isNumber() || v.asDouble() != Math.rint(v.asDouble())) {
      throw new IllegalArgumentException("sentence." + f + ": must be a whole number");
    }
    return v.asDouble();
  }
}
