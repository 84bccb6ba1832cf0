package org.xiezhi.corpus.ingest;

import java.util.function.Supplier;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.mask.PiiMasker;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.RawJudgment;

/**
 * The one path by which a judgment becomes a {@link CaseRecord}: read (by the caller) → parse →
 * mask → validate. Used by {@code corpus ingest}, by the updates of a served index and by the
 * background load alike, so a record is the same whichever door it came through. Each document
 * gets a masker of its own (one person, one masked name across the fields of a document).
 */
public final class IngestPipeline {
  /** Longest record id accepted. */
  public static final int MAX_ID = 200;
  private final Supplier<PiiMasker.DocumentMasker> maskers;

  /** A rejected input: the reason, naming what is wrong. */
  public static final class Rejected extends IllegalArgumentException {
    public Rejected(String reason) {
      super(reason);
    }
  }

  /** {@code maskers} gives a fresh document masker for each document. */
  public IngestPipeline(Supplier<PiiMasker.DocumentMasker> maskers) {
    this.maskers = maskers;
  }

  /** The pipeline with the standard masker ({@link PiiMasker#standard()}). */
  public static IngestPipeline standard() {
    PiiMasker m = PiiMasker.standard();
    return new IngestPipeline(m::forDocument);
  }

  /**
   * A raw judgment of {@code source} ({@code lecard}: a LeCaRD candidate; {@code text}: a plain
   * judgment text, id {@code text-<stem>}; {@code demo}: a fictional example judgment text, id
   * {@code text-<stem>}, source {@code demo}) parsed, masked and validated.
   *
   * @throws Rejected when it has no text or is not a judgment
   */
  public CaseRecord judgment(String source, RawJudgment j) {
    if (j.fullText() == null || j.fullText().isBlank()) {
      throw new Rejected("no full text");
    }
    CaseRecord r;
    try {
      r = source.equals("lecard") ? JudgmentParser.parseLecard(j)
          : source.equals("demo") ? JudgmentParser.parse(new RawJudgment(j.docId(), null, null, null, null, j.fullText(), null),
              "text-" + j.docId(), "demo")
          : JudgmentParser.parseText(j.docId(), j.fullText());
    } catch (RuntimeException e) {
      throw new Rejected("parser error: " + e);
    }
    if (r.court() == null && r.caseNumber() == null && r.result() == null) {
      throw new Rejected("not a judgment: no court, case number or result found");
    }
    return CaseMasking.mask(r, maskers.get());
  }

  /**
   * A record given whole (a CAIL2018 line, an update sent to the service): one with only a full
   * text (no facts, no charges) is parsed as a plain-text judgment under its own id; one without a
   * source gets {@code api}; then every text field is masked.
   *
   * @throws Rejected when it has no id, too long an id, or neither facts nor full text
   */
  public CaseRecord record(CaseRecord r) {
    String why = invalid(r);
    if (why != null) {
      throw new Rejected(why);
    }
    CaseRecord x = r;
    if (blank(r.facts()) && r.charges().isEmpty() && !blank(r.fullText())) {
      try {
        x = JudgmentParser.parse(new RawJudgment(r.id(), null, null, null, null, r.fullText(), null), r.id(),
            r.source() == null ? "text" : r.source());
      } catch (RuntimeException e) {
        throw new Rejected("parser error: " + e);
      }
    } else if (r.source() == null) {
      x = new CaseRecord(r.id(), "api", r.title(), r.court(), r.region(), r.caseNumber(), r.documentType(),
          r.procedure(), r.date(), r.year(), r.facts(), r.reasoning(), r.result(), r.fullText(), r.charges(),
          r.articles(), r.citations(), r.defendants(), r.missing());
    }
    return CaseMasking.mask(x, maskers.get());
  }

  /** Why a record given whole cannot be taken, or null. */
  public static String invalid(CaseRecord r) {
    if (r.id() == null || r.id().isBlank()) {
      return "id is required";
    }
    if (r.id().length() > MAX_ID) {
      return "id longer than " + MAX_ID + " characters";
    }
    if (blank(r.facts()) && blank(r.fullText())) {
      return "a case needs facts or fullText";
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
