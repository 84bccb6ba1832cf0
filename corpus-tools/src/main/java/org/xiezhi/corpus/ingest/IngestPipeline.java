package org.xiezhi.corpus.ingest;

import java.util.function.Supplier;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.mask.MaskingPolicy;
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
  private static final String PARSE_FAILED = "the judgment text could not be parsed into court, facts, reasoning and result";
  private final Supplier<PiiMasker.DocumentMasker> maskers;

  /**
   * A rejected input: the record field at fault ({@code id}, {@code facts} or {@code fullText}) and
   * the reason, in words for the sender (no exception text); a parser failure keeps its cause for
   * the operator's report ({@link #detail()}).
   */
  public static final class Rejected extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public Rejected(String field, String reason) {
      this(field, reason, null);
    }

    public Rejected(String field, String reason, Throwable cause) {
      super(reason, cause);
      this.field = field;
    }

    /** The field at fault: {@code id}, {@code facts} or {@code fullText}. */
    public String field() {
      return field;
    }

    /** The reason and, for a parser failure, its cause: for the ingest report, not for a client. */
    public String detail() {
      return getCause() == null ? getMessage() : getMessage() + " (" + getCause() + ")";
    }
  }

  /** {@code maskers} gives a fresh document masker for each document. */
  public IngestPipeline(Supplier<PiiMasker.DocumentMasker> maskers) {
    this.maskers = maskers;
  }

  /** The pipeline with the standard masker ({@link PiiMasker#standard()}, public release). */
  public static IngestPipeline standard() {
    return of(MaskingPolicy.DEFAULT);
  }

  /** The pipeline that masks under {@code policy}. */
  public static IngestPipeline of(MaskingPolicy policy) {
    PiiMasker m = PiiMasker.of(policy);
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
      throw new Rejected("fullText", "no full text");
    }
    CaseRecord r;
    try {
      r = source.equals("lecard") ? JudgmentParser.parseLecard(j)
          : source.equals("demo") ? JudgmentParser.parse(new RawJudgment(j.docId(), null, null, null, null, j.fullText(), null),
              "text-" + j.docId(), "demo")
          : JudgmentParser.parseText(j.docId(), j.fullText());
    } catch (RuntimeException e) {
      throw new Rejected("fullText", PARSE_FAILED, e);
    }
    requireJudgment(r);
    return CaseMasking.mask(r, maskers.get());
  }

  /**
   * A record given whole (a CAIL2018 line, an update sent to the service): one with only a full
   * text (no facts, no charges) is parsed as a plain-text judgment under its own id; one without a
   * source gets {@code api}; then every text field is masked.
   *
   * @throws Rejected when it has no id, too long an id, neither facts nor full text, or only a
   *     full text that is not a judgment
   */
  public CaseRecord record(CaseRecord r) {
    String why = invalid(r);
    if (why != null) {
      throw new Rejected(why.startsWith("id ") ? "id" : "facts", why);
    }
    CaseRecord x = r;
    if (blank(r.facts()) && r.charges().isEmpty() && !blank(r.fullText())) {
      try {
        x = JudgmentParser.parse(new RawJudgment(r.id(), null, null, null, null, r.fullText(), null), r.id(),
            r.source() == null ? "text" : r.source());
      } catch (RuntimeException e) {
        throw new Rejected("fullText", PARSE_FAILED, e);
      }
      requireJudgment(x);
    } else if (r.source() == null) {
      x = new CaseRecord(r.id(), "api", r.title(), r.court(), r.region(), r.caseNumber(), r.documentType(),
          r.procedure(), r.date(), r.year(), r.facts(), r.reasoning(), r.result(), r.fullText(), r.charges(),
          r.articles(), r.citations(), r.defendants(), r.missing());
    }
    return CaseMasking.mask(x, maskers.get());
  }

  private static void requireJudgment(CaseRecord r) {
    if (r.court() == null && r.caseNumber() == null && r.result() == null) {
      throw new Rejected("fullText", "not a judgment: no court, case number or result found");
    }
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
