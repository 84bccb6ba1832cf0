package org.xiezhi.indexer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;

/** Where the records of an index build come from, delivered one at a time. */
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

  /**
   * LeCaRD candidate judgments parsed on the fly (unmasked: for local evaluation and benchmarks
   * when no ingested {@code cases.jsonl} is at hand).
   */
  static CaseSource lecard(Path lecardDir) {
    return new CaseSource() {
      @Override
      public void cases(Sink<CaseRecord> sink) throws IOException {
        new LecardCandidates(lecardDir).forEach(new LecardCandidates.Sink() {
          @Override
          public void accept(RawJudgment j) throws IOException {
            CaseRecord r;
            try {
              r = JudgmentParser.parseLecard(j);
            } catch (RuntimeException e) {
              sink.reject(j.docId(), "parse failed: " + e);
              return;
            }
            sink.accept(r);
          }

          @Override
          public void reject(String docId, String reason) {
            sink.reject(docId, reason);
          }
        });
      }

      @Override
      public String describe() {
        return "LeCaRD candidates in " + lecardDir;
      }

      @Override
      public String fingerprint() throws IOException {
        Path tar = lecardDir.resolve("candidates.tar.xz");
        return Files.isRegularFile(tar) ? fileFingerprint(tar) : describe();
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
