package org.xiezhi.corpus.cail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.judgment.CitationParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Citation;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;

/**
 * Reads CAIL2018 records ({@code sample_train.json}, {@code sample_test.json}: one JSON object per
 * line) into case records: {@code fact} as facts; {@code accusation} as charges with 罪 appended;
 * {@code relevant_articles} as Criminal Law article labels; each of {@code criminals} as a defendant
 * whose sentence is death, life, or imprisonment of {@code imprisonment} months (CAIL counts 拘役
 * months there too), with {@code punish_of_money} as the fine. Ids are {@code cail-<split>-<line>}
 * (line numbers from 1). The record is not masked.
 */
public final class CailRecords {
  /** The files of a CAIL2018 folder and the split name each gives its ids. */
  public static final List<String[]> FILES =
      List.of(new String[] {"sample_train.json", "train"}, new String[] {"sample_test.json", "test"});

  /** Receives each record, or the reason a line was rejected. */
  public interface Sink {
    void accept(CaseRecord record) throws IOException;

    void reject(String id, String reason);
  }

  private CailRecords() {}

  /** Reads both sample files of {@code cailDir} that exist; throws when neither does. */
  public static void readDir(Path cailDir, Sink sink) throws IOException {
    boolean any = false;
    for (String[] f : FILES) {
      Path p = cailDir.resolve(f[0]);
      if (Files.isRegularFile(p)) {
        any = true;
        read(p, f[1], sink);
      }
    }
    if (!any) {
      throw new IOException("no sample_train.json or sample_test.json in " + cailDir);
    }
  }

  /** Reads one file of one split. */
  public static void read(Path file, String split, Sink sink) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String id = "cail-" + split + "-" + n;
        CaseRecord r;
        try {
          r = parse(id, line);
        } catch (IOException | IllegalArgumentException e) {
          sink.reject(id, e.getMessage());
          continue;
        }
        sink.accept(r);
      }
    }
  }

  /** One line as a record; throws IllegalArgumentException with the reason when it is malformed. */
  public static CaseRecord parse(String id, String line) throws IOException {
    JsonNode n;
    try {
      n = Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable JSON: " + firstLine(e.getMessage()));
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String fact = n.path("fact").isTextual() ? n.path("fact").asText().strip() : "";
    if (fact.isEmpty()) {
      throw new IllegalArgumentException("no fact text");
    }
    JsonNode meta = n.path("meta");
    if (!meta.isObject()) {
      throw new IllegalArgumentException("no meta labels");
    }
    Set<String> charges = new LinkedHashSet<>();
    for (JsonNode a : meta.path("accusation")) {
      String c = a.asText().strip().replace("[", "").replace("]", "");
      if (!c.isEmpty()) {
        charges.add(c.endsWith("罪") ? c : c + "罪");
      }
    }
    List<Citation> citations = new ArrayList<>();
    for (JsonNode a : meta.path("relevant_articles")) {
      if (!a.canConvertToInt() || a.asInt() <= 0) {
        throw new IllegalArgumentException("article is not a number: " + a);
      }
      String label = CitationParser.articleLabel(a.asInt(), 0);
      citations.add(new Citation(CitationParser.CRIMINAL_LAW, a.asInt(), 0, null, null, label));
    }
    List<String> articles = CitationParser.criminalLawArticles(citations);
    Sentence sentence = sentence(meta);
    List<Defendant> defendants = new ArrayList<>();
    for (JsonNode c : meta.path("criminals")) {
      defendants.add(new Defendant(c.asText(), new ArrayList<>(charges), List.of(), sentence));
    }
    List<String> missing = new ArrayList<>();
    if (charges.isEmpty()) {
      missing.add("charges");
    }
    if (defendants.isEmpty()) {
      missing.add("defendants");
    }
    if (sentence == null) {
      missing.add("sentence");
    }
    return new CaseRecord(
        id, "cail2018", null, null, null, null, null, null, null, null, fact, null, null, null,
        new ArrayList<>(charges), articles, citations, defendants, missing);
  }

  static Sentence sentence(JsonNode meta) {
    JsonNode t = meta.path("term_of_imprisonment");
    long fine = meta.path("punish_of_money").asLong(0);
    Long fineYuan = fine > 0 ? fine : null;
    if (t.path("death_penalty").asBoolean(false)) {
      return new Sentence(Sentence.DEATH, null, null, fineYuan, List.of());
    }
    if (t.path("life_imprisonment").asBoolean(false)) {
      return new Sentence(Sentence.LIFE, null, null, fineYuan, List.of());
    }
    int months = t.path("imprisonment").asInt(0);
    if (months > 0) {
      return new Sentence(Sentence.IMPRISONMENT, months, null, fineYuan, List.of());
    }
    if (fineYuan != null) {
      return new Sentence(Sentence.FINE_ONLY, null, null, fineYuan, List.of());
    }
    return null;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }
}
