package org.xiezhi.api.port;

import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * Adds, replaces and deletes judgments while the service runs (admin operations): each batch is
 * durable when the call returns and searchable within {@link #refreshIntervalMs()}.
 */
public interface CaseUpdatePort {

  /**
   * A record of a batch that was not applied, by its position in the batch: the field at fault (a
   * JSON pointer such as {@code /cases/3/fullText}), a title in Chinese and English and the reason,
   * as a problem document names them.
   */
  record Rejected(int index, String id, String field, String title, String reason) {}

  /** What one batch did. */
  record Outcome(int upserted, int deleted, List<String> notFound, List<Rejected> rejected, long refreshIntervalMs) {}

  /**
   * Adds or replaces (by id) each record after the ingest path: a record that carries only a full
   * judgment text is parsed as {@code corpus ingest} parses text judgments; every record is masked.
   */
  Outcome upsert(List<CaseRecord> records);

  /** Deletes the cases with these ids. */
  Outcome delete(List<String> ids);

  /** The longest time before an applied change is searchable. */
  long refreshIntervalMs();

  /** Figures for {@code /ready}: counts of applied changes, background loads in progress. */
  Map<String, Object> status();
}
