package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiezhi.api.port.CaseSearchPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.api.server.Problem;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.indexer.CaseHit;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SearchRequest;
import org.xiezhi.indexer.SearchResult;
import org.xiezhi.indexer.SimilarCase;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.models.predict.ServedModels;
import org.xiezhi.indexer.backend.EmbeddedBackend;
import org.xiezhi.indexer.backend.SearchBackend;

/**
 * Case search, case view and similar cases served by the Lucene {@link CaseIndex} or another
 * {@link SearchBackend} (a SolrCloud collection): hybrid search
 * when the index has vectors and an embedder is open, keyword search otherwise.
 */
public final class IndexedCases implements CaseSearchPort, SimilarCasePort {
  private static final Map<String, String> FACET_NAMES = Map.of("charge", "charges", "court", "court", "year", "year", "region", "region");
  private final SearchBackend index;
  private final SearchRequest.Mode mode;
  private final ServedModels served;

  public IndexedCases(CaseIndex index, boolean semantic) {
    this(new EmbeddedBackend(index), semantic, null);
  }

  /** Cases over {@code index}; similar-case queries without charges take {@code served}'s charge decision (null: none). */
  public IndexedCases(SearchBackend index, boolean semantic, ServedModels served) {
    this.index = index;
    this.mode = semantic ? SearchRequest.Mode.HYBRID : SearchRequest.Mode.KEYWORD;
    this.served = served;
  }

  @Override
  public Result search(Query q) {
    SearchFilters f = new SearchFilters(q.charges(), null, q.court() == null ? null : List.of(q.court()), null,
        q.yearFrom(), q.yearTo(), null, null);
    SearchResult r;
    try {
      r = run(q.text(), f, q.limit());
    } catch (IllegalArgumentException e) {
      // a fact description is not query syntax (e.g. "mg/100ml"): search its words literally
      try {
        r = run(SearchRequest.literal(q.text()), f, q.limit());
      } catch (IllegalArgumentException e2) {
        throw Problem.badRequest("/query", e2.getMessage());
      }
    }
    List<Hit> hits = r.hits().stream().map(h -> {
      CaseRecord c = get(h.id()).orElse(null);
      List<String> sentences = h.penalties().stream()
          .map(p -> (p.name() == null ? "" : p.name() + "：") + p.penalty()).toList();
      return new Hit(h.id(), h.title(), h.court(), h.year(), h.charges(), h.score(), marks(String.join(" … ", h.snippets())),
          c == null ? null : c.caseNumber(), c == null ? null : c.date(), c == null ? null : c.region(),
          c == null ? null : c.procedure(), c == null ? null : c.source(), h.articles(), sentences);
    }).toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    r.facets().forEach((name, counts) -> {
      if (FACET_NAMES.containsKey(name)) {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.forEach(c -> m.put(c.value(), (long) c.count()));
        facets.put(FACET_NAMES.get(name), m);
      }
    });
    return new Result(r.total(), hits, facets);
  }

  private SearchResult run(String text, SearchFilters f, int limit) {
    try {
      return index.search(new SearchRequest(text, mode, f, limit, true, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index's snippets mark matches with 【 and 】: escape the text, then turn those into {@code <mark>}. */
  static String marks(String snippet) {
    String escaped = snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    return escaped.replace("【", "<mark>").replace("】", "</mark>");
  }

  /** Why a case is similar, in legal terms: shared charges, articles and legal elements (no scores). */
  static String reasons(SimilarCase s) {
    if (!s.reasons().isEmpty()) {
      // the ranker's reasons in a judge's words
      return String.join("；", s.reasons());
    }
    List<String> parts = new ArrayList<>();
    if (!s.sharedCharges().isEmpty()) {
      parts.add("同为" + String.join("、", s.sharedCharges()));
    }
    if (!s.sharedArticles().isEmpty()) {
      parts.add("共同适用" + String.join("、", s.sharedArticles()));
    }
    if (!s.sharedTerms().isEmpty()) {
      parts.add("共同要素：" + String.join("、", s.sharedTerms()));
    }
    return parts.isEmpty() ? "案情描述用语相近（未见共同罪名、法条或情节）" : String.join("；", parts);
  }

  @Override
  public Optional<CaseRecord> get(String id) {
    try {
      return index.get(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long size() {
    try {
      return index.counts()[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void reload() {
    try {
      index.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Answer similar(String facts, List<String> charges, int limit) {
    QueryCharges query = QueryCharges.of(charges, facts, served);
    List<SimilarCase> cases;
    try {
      cases = index.similar(new SimilarRequest(facts, query.charges(), limit, SearchFilters.NONE)).cases();
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("/facts", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Similar> out = new ArrayList<>();
    for (SimilarCase s : cases) {
      CaseHit h = s.hit();
      Integer months = h.penalties().isEmpty() ? null : h.penalties().get(0).months();
      CaseRecord c = get(h.id()).orElse(null);
      String penalty = h.penalties().isEmpty() ? null : h.penalties().get(0).penalty();
      out.add(new Similar(h.id(), h.title(), h.score(), h.charges(), h.articles(), months, s.sharedCharges(),
          s.sharedArticles(), s.sharedTerms(), reasons(s), h.court(), c == null ? null : c.date(),
          c == null ? null : c.caseNumber(), c == null ? null : c.source(), penalty));
    }
    return new Answer(out, query.charges(), query.from(), index.ranker().name());
  }
}
