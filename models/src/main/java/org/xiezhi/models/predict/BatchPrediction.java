package org.xiezhi.models.predict;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.io.JsonLinesWriter;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.corpus.statute.ArticleRefParser;
import org.xiezhi.corpus.statute.LawsSource;

/**
 * {@code predict --in --out}: one output line per input line {@code {"id","fact","charges"?,"articles"?}}.
 * A bad line gives an error record ({@code id}, {@code line}, {@code error}) and the run goes on; the
 * output file appears only when complete.
 */
public final class BatchPrediction {
  /** Counts of one run. */
  public record Outcome(int lines, int predicted, int errors, double seconds) {}

  private final JudgmentPredictor predictor;
  private final ChargeNames names;

  public BatchPrediction(JudgmentPredictor predictor) {
    this.predictor = predictor;
    this.names = new ChargeNames(predictor.chargeLabels());
  }

  public Outcome run(Path in, Path out) throws IOException {
    long t0 = System.nanoTime();
    int lines = 0;
    int ok = 0;
    int errors = 0;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        JsonLinesWriter w = new JsonLinesWriter(out)) {
      String line;
      while ((line = r.readLine()) != null) {
        lines++;
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> rec = predictLine(line, lines);
        if (rec.containsKey("error")) {
          errors++;
        } else {
          ok++;
        }
        w.write(rec);
      }
      w.commit();
    }
    return new Outcome(lines, ok, errors, (System.nanoTime() - t0) / 1e9);
  }

  /** The output record of one input line (an error record when the line is bad). */
  public Map<String, Object> predictLine(String line, int lineNo) {
    String id = null;
    try {
      JsonNode n;
      try {
        n = Json.mapper().readTree(line);
      } catch (IOException e) {
        return error(null, lineNo, "not valid JSON");
      }
      if (n == null || !n.isObject()) {
        return error(null, lineNo, "a line must be a JSON object");
      }
      id = n.hasNonNull("id") ? n.get("id").asText() : null;
      if (id == null || id.isBlank()) {
        return error(null, lineNo, "field id is missing");
      }
      JsonNode fact = n.get("fact");
      if (fact == null || !fact.isTextual() || fact.asText().isBlank()) {
        return error(id, lineNo, "field fact must be a non-empty string");
      }
      List<String> charges = new ArrayList<>();
      JsonNode cs = n.get("charges");
      if (cs != null && !cs.isNull()) {
        if (!cs.isArray()) {
          return error(id, lineNo, "field charges must be an array of charge names");
        }
        for (JsonNode c : cs) {
          var label = names.toLabel(c.asText());
          if (label.isEmpty()) {
            return error(id, lineNo, "unknown charge: " + c.asText());
          }
          charges.add(label.get());
        }
      }
      List<Integer> articles = new ArrayList<>();
      JsonNode as = n.get("articles");
      if (as != null && !as.isNull()) {
        if (!as.isArray()) {
          return error(id, lineNo, "field articles must be an array of article numbers");
        }
        for (JsonNode a : as) {
          var ref = ArticleRefParser.parse(a.asText())
              .filter(r -> r.law().equals(LawsSource.CRIMINAL_LAW) && r.suffix() == 0 && r.article().equals(r));
          if (ref.isEmpty()) {
            return error(id, lineNo, "bad article number: " + a.asText());
          }
          articles.add(ref.get().number());
        }
      }
      Prediction p = predictor.predict(fact.asText(), charges, articles);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", id);
      o.put("charges", p.charges());
      o.put("articles", p.articles());
      o.put("term_months", p.termMonths());
      o.put("death", p.death());
      o.put("life", p.life());
      Map<String, Object> scores = new LinkedHashMap<>();
      scores.put("charges", p.chargeScores());
      scores.put("articles", p.articleScores());
      scores.put("term", p.termConfidence());
      o.put("scores", scores);
      o.put("model", p.model());
      return o;
    } catch (RuntimeException e) {
      return error(id, lineNo, "prediction failed: " + e.getMessage());
    }
  }

  private static Map<String, Object> error(String id, int line, String message) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    o.put("line", line);
    o.put("error", message);
    return o;
  }
}
