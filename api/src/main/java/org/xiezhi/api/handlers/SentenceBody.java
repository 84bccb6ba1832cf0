package org.xiezhi.api.handlers;

import static org.xiezhi.api.server.Field.integer;
import static org.xiezhi.api.server.Field.string;
import static org.xiezhi.api.server.Field.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.xiezhi.api.server.Problem;
import org.xiezhi.api.server.RequestSchema;
import org.xiezhi.corpus.model.Sentence;

/**
 * The proposed or decided sentence of one defendant in a request body, the same object as the
 * {@code sentence} of a CLI {@code advise} input line; {@code type} in English or in Chinese
 * (有期徒刑, 拘役, 管制, 无期徒刑, 死刑缓期二年执行, 死刑, 单处罚金, 免予刑事处罚).
 */
final class SentenceBody {
  static final RequestSchema SCHEMA = RequestSchema.of(
      string("type", true, 1, 30, "penalty type: imprisonment, detention, surveillance, life, death_reprieve, death, "
          + "fine_only, exempt, or 有期徒刑/拘役/管制/无期徒刑/死刑缓期二年执行/死刑/单处罚金/免予刑事处罚"),
      integer("months", false, 0, 600, "term in months for 有期徒刑, 拘役 and 管制"),
      integer("probationMonths", false, 0, 120, "probation (缓刑) in months"),
      integer("fineYuan", false, 0, Integer.MAX_VALUE, "fine in yuan"),
      strings("additional", false, 0, 10, "additional penalties, e.g. 剥夺政治权利一年, 没收个人全部财产"));

  private static final Map<String, String> CHINESE = Map.of(
      "有期徒刑", Sentence.IMPRISONMENT, "拘役", Sentence.DETENTION, "管制", Sentence.SURVEILLANCE,
      "无期徒刑", Sentence.LIFE, "死刑缓期二年执行", Sentence.DEATH_REPRIEVE, "死缓", Sentence.DEATH_REPRIEVE,
      "死刑", Sentence.DEATH, "单处罚金", Sentence.FINE_ONLY, "免予刑事处罚", Sentence.EXEMPT);

  private SentenceBody() {}

  /** The sentence at {@code body.field} (already validated against {@link #SCHEMA}), or null when absent. */
  static Sentence read(JsonNode body, String field) {
    JsonNode s = body.get(field);
    if (s == null || s.isNull()) {
      return null;
    }
    String raw = s.get("type").textValue().trim();
    String type = CHINESE.getOrDefault(raw, raw);
    if (!Sentence.TYPES.contains(type)) {
      throw Problem.badRequest("/" + field + "/type", "must be one of " + Sentence.TYPES + " or " + CHINESE.keySet());
    }
    Integer months = Bodies.optInteger(s, "months");
    boolean fixed = type.equals(Sentence.IMPRISONMENT) || type.equals(Sentence.DETENTION) || type.equals(Sentence.SURVEILLANCE);
    if (fixed && (months == null || months <= 0)) {
      throw Problem.badRequest("/" + field + "/months", "a positive number of months is needed for " + raw);
    }
    if (!fixed && months != null) {
      throw Problem.badRequest("/" + field + "/months", "only 有期徒刑, 拘役 and 管制 take months");
    }
    JsonNode fine = s.get("fineYuan");
    return new Sentence(type, months, Bodies.optInteger(s, "probationMonths"),
        fine == null || fine.isNull() ? null : fine.longValue(), Bodies.strings(s, "additional"));
  }
}
