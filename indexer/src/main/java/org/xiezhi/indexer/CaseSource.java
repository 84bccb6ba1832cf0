package org.xiezhi.indexer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * Where the records of an index build come from, delivered one at a time: records that came
 * through the ingest pipeline (masked), never raw judgments.
 */
public interface CaseSource {

  /** Receives each record, or the failure to read one. */
  interface Sink<T> {
    void accept(T record) throws IOException;

    void reject(String where, String reason);
  }

  /** Delivers every case. */
  void cases(Sink<CaseRecord> sink) throws IOException;

  /** A description for the log. */
  String describe();

  /**
   * What identifies this input for resuming an interrupted build: a build resumes only over the
   * same fingerprint. By default the description; file sources add their size and modification time.
   */
  default String fingerprint() throws IOException {
    return describe();
  }

  /** The fingerprint of a file: path, size and last modification time. */
  static String fileFingerprint(Path file) throws IOException {
    return file.toAbsolutePath().normalize() + " " + Files.size(file) + " bytes " + Files.getLastModifiedTime(file).toMillis();
  }

  /** Records already in memory (e.g. parsed for a test or a benchmark), delivered in order; {@code description} names them in the log. */
  static CaseSource of(String description, java.util.List<CaseRecord> records) {
    java.util.List<CaseRecord> copy = java.util.List.copyOf(records);
    return new CaseSource() {
      @Override
      public void cases(Sink<CaseRecord> sink) throws IOException {
        for (CaseRecord r : copy) {
          sink.accept(r);
        }
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }

  /** {@code cases.jsonl} as written by {@code corpus ingest}, streamed line by line. */
  static CaseSource jsonl(Path file) {
    return new CaseSource() {
      @Override
      public void cases(Sink<CaseRecord> sink) throws IOException {
        readJsonl(file, CaseRecord.class, sink);
      }

      @Override
      public String describe() {
        return file.toString();
      }

      @Override
      public String fingerprint() throws IOException {
        return fileFingerprint(file);
      }
    };
  }

  /** Streams a JSON Lines file of {@code type}; undecodable lines are rejected with their number. */
  static <T> void readJsonl(Path file, Class<T> type, Sink<T> sink) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        T rec;
        try {
          rec = Json.mapper().readValue(line, type);
        } catch (IOException e) {
          sink.reject(file.getFileName() + ":" + n, e.getMessage().split("\n")[0]);
          continue;
        }
        sink.accept(rec);
      }
    }
  }

  /** Reads every statute article of {@code statutes.jsonl}; an undecodable line is an error. */
  static java.util.List<StatuteArticle> statutes(Path file) throws IOException {
    return org.xiezhi.corpus.io.JsonLinesReader.readAll(file, StatuteArticle.class);
  }
}
