package org.xiezhi.corpus.ingest;

import java.util.ArrayList;
import java.util.List;
import org.xiezhi.corpus.mask.PiiMasker;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;

/**
 * Passes every text field of a case record through one {@link PiiMasker.DocumentMasker}, so a
 * person gets the same masked name in all fields of the document: title, court, facts, reasoning,
 * result, full text and defendant names. Structured values (ids, dates, labels, charge names,
 * sentences) are not free text and are kept.
 */
public final class CaseMasking {
  private CaseMasking() {}

  /** The record with its text fields masked by {@code m}, a masker used for this document only. */
  public static CaseRecord mask(CaseRecord r, PiiMasker.DocumentMasker m) {
    List<Defendant> ds = new ArrayList<>(r.defendants().size());
    // Learn the names every field introduces first, so each field masks a person the same way.
    for (String t : new String[] {r.fullText(), r.facts(), r.reasoning(), r.result()}) {
      if (t != null) {
        m.learn(t);
      }
    }
    String fullText = apply(m, r.fullText());
    String facts = apply(m, r.facts());
    String reasoning = apply(m, r.reasoning());
    String result = apply(m, r.result());
    for (Defendant d : r.defendants()) {
      ds.add(new Defendant(apply(m, d.name()), d.charges(), d.counts(), d.sentence()));
    }
    return new CaseRecord(
        r.id(), r.source(), apply(m, r.title()), apply(m, r.court()), r.region(), r.caseNumber(),
        r.documentType(), r.procedure(), r.date(), r.year(), facts, reasoning, result, fullText,
        r.charges(), r.articles(), r.citations(), ds, r.missing());
  }

  private static String apply(PiiMasker.DocumentMasker m, String s) {
    return s == null ? null : m.mask(s);
  }
}
