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
import org.xiezhi.indexer.backend.EmbeddedBackend;
import org.xiezhi.indexer.backend.SearchBackend;

/**
 * Similar cases from the case index on either backend (embedded Lucene or a SolrCloud
 * collection, through {@link SearchBackend}): its similar-case search, restricted to the charge
 * asked about, with each defendant's sentence for that charge read from the stored record.
 */
public final class IndexSimilarCases implements SimilarCases {
  private final SearchBackend backend;
  private final StatuteBook statutes;

  public IndexSimilarCases(CaseIndex index, StatuteBook statutes) {
    this(new EmbeddedBackend(index), statutes);
  }

  public IndexSimilarCases(SearchBackend backend, StatuteBook statutes) {
    this.backend = backend;
    this.statutes = statutes;
  }

  /** The similar cases with their stored records: in one pass on the embedded index, else search then get. */
  private List<SimilarRecord> similarRecords(SimilarRequest request) throws IOException {
    if (backend instanceof EmbeddedBackend e) {
      return e.index().similarRecords(request);
    }
    List<SimilarRecord> out = new ArrayList<>();
    for (org.xiezhi.indexer.SimilarCase c : backend.similar(request).cases()) {
      backend.get(c.hit().id()).ifPresent(r -> out.add(new SimilarRecord(c, r)));
    }
    return out;
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
      List<SimilarRecord> found = similarRecords(new SimilarRequest(facts, known, k, filters, false));
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
