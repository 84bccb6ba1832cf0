package org.xiezhi.advisor.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.advisor.port.SimilarCase;
import org.xiezhi.advisor.port.SimilarCases;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.ChargeSentence;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.indexer.SimilarRecord;

/**
 * Similar cases from the case index: the index's similar-case search, restricted to the charge
 * asked about, with each defendant's sentence for that charge read from the stored record.
 */
public final class IndexSimilarCases implements SimilarCases {
  private final CaseIndex index;
  private final StatuteBook statutes;

  public IndexSimilarCases(CaseIndex index, StatuteBook statutes) {
    this.index = index;
    this.statutes = statutes;
  }

  @Override
  public List<SimilarCase> find(String facts, String charge, int k) {
    try {
      SearchFilters filters = SearchFilters.NONE;
      List<String> known = List.of();
      if (charge != null) {
        Set<String> names = new LinkedHashSet<>();
        names.add(charge);
        names.add(statutes.canonical(charge));
        filters = new SearchFilters(List.copyOf(names), null, null, null, null, null, null, null);
        known = List.of(charge);
      }
      // no highlighted passages: the advice shows cases and sentences, and explaining cost most of the time
      List<SimilarRecord> found = index.similarRecords(new SimilarRequest(facts, known, k, filters, false));
      List<SimilarCase> out = new ArrayList<>();
      for (SimilarRecord sr : found) {
        var hit = sr.similar().hit();
        List<Sentence> sentences = charge == null ? List.of() : sentencesFor(sr.record(), charge);
        out.add(new SimilarCase(hit.id(), hit.title(), hit.score(), hit.charges(), hit.articles(), sentences));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentence of each defendant convicted of {@code charge}: the count's, else the final one when it was the only charge. */
  public List<Sentence> sentencesFor(CaseRecord c, String charge) {
    String want = statutes.canonical(charge);
    List<Sentence> out = new ArrayList<>();
    for (Defendant d : c.defendants()) {
      Sentence found = null;
      for (ChargeSentence cs : d.counts()) {
        if (cs.sentence() != null && want.equals(statutes.canonical(cs.charge()))) {
          found = cs.sentence();
        }
      }
      if (found == null && d.charges().size() == 1 && want.equals(statutes.canonical(d.charges().get(0)))) {
        found = d.sentence();
      }
      if (found != null && found.type() != null) {
        out.add(found);
      }
    }
    return out;
  }
}
