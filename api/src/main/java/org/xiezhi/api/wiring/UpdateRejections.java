package org.xiezhi.api.wiring;

import org.xiezhi.api.port.CaseUpdatePort.Rejected;
import org.xiezhi.corpus.ingest.IngestPipeline;

/**
 * The reasons an admin upsert leaves a record out, in the shape of the service's problems: the
 * field at fault as a JSON pointer into the batch, a title in Chinese and English and a reason in
 * words, never an exception's text.
 */
final class UpdateRejections {
  private UpdateRejections() {}

  /** A record the ingest path refused: its id, its facts or its judgment text. */
  static Rejected ingest(int index, String id, IngestPipeline.Rejected e) {
    String title = switch (e.field()) {
      case "id" -> "记录标识无效 / Invalid record id";
      case "facts" -> "缺少案情 / No facts";
      default -> "无法解析判决书 / Judgment not parsed";
    };
    return new Rejected(index, id, pointer(index, e.field()), title, e.getMessage());
  }

  /** A record whose facts could not be embedded with the index's model (the cause goes to the log). */
  static Rejected embedding(int index, String id) {
    return new Rejected(index, id, pointer(index, "facts"), "无法生成向量 / Embedding failed",
        "the facts could not be embedded with the index's model; the case was not added, send it again");
  }

  /** A record whose fields cannot make an index document (the cause goes to the log). */
  static Rejected document(int index, String id) {
    return new Rejected(index, id, pointer(index, ""), "记录无效 / Invalid record",
        "the record cannot be indexed: check that its fields follow the cases.jsonl format");
  }

  private static String pointer(int index, String field) {
    return "/cases/" + index + (field.isEmpty() ? "" : "/" + field);
  }
}
