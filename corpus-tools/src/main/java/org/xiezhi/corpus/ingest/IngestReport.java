package org.xiezhi.corpus.ingest;

import java.util.List;
import java.util.Map;

/**
 * What {@code ingest-report.json} holds: the sources read, the case counts per outcome (in total
 * and per source, with how often each named part was missing), every rejected record with its
 * reason, and the statute and charge counts with the problems met. It holds no timing, so a re-run
 * over the same input writes the same bytes.
 */
public record IngestReport(
    List<Source> sources,
    Counts cases,
    Map<String, Counts> bySource,
    List<Rejection> rejections,
    Part statutes,
    Part charges) {

  /** A source as given on the command line. */
  public record Source(String kind, String dir) {}

  /** Case counts: parsed completely, parsed with named parts missing, rejected. */
  public record Counts(
      long total, long parsed, long parsedWithMissing, long rejected, Map<String, Long> missingParts) {}

  /** A record that was not written, and why. */
  public record Rejection(String source, String id, String reason) {}

  /** Records written for statutes or charges, and the problems met building them. */
  public record Part(long records, List<String> problems) {}
}
