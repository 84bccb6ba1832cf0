package org.xiezhi.indexer;

import java.util.List;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * Orders the candidates of a similar-case query (the seam for a learned or rule-based ranker). The
 * index retrieves candidates by BM25 over the facts' bigrams and by kNN over the facts vectors;
 * the ranker returns them best first with its own score. Implementations must be thread-safe.
 */
public interface SimilarCaseRanker {

  /** A name for results and logs. */
  String name();

  /**
   * Whether this ranker reads the dense scores or the query vector. When false the index neither
   * embeds the query nor runs the kNN search: candidates come from BM25 alone.
   */
  default boolean usesVectors() {
    return true;
  }

  /** Orders {@code candidates}; may drop some. */
  List<Scored> rank(Query query, List<Candidate> candidates, Records records);

  /** The query as the ranker sees it. */
  record Query(String facts, List<String> charges, List<String> articles, float[] vector) {}

  /**
   * A retrieved case: Lucene doc number, id, raw BM25 and dense (dot product) scores (NaN when the
   * case was not retrieved that way), and both scores min-max normalised over the candidates.
   */
  record Candidate(int doc, String id, float bm25, float dense, double bm25Norm, double denseNorm) {}

  /** A candidate with the ranker's score and, in a judge's words, why it ranks there (may be empty). */
  record Scored(Candidate candidate, double score, List<String> reasons) {
    public Scored {
      reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public Scored(Candidate candidate, double score) {
      this(candidate, score, List.of());
    }
  }

  /**
   * Loads what a ranker needs of a candidate: its full record (parses the stored JSON, full text
   * included) or just its charges (cheap: read from doc values; prefer it on the query path).
   */
  interface Records {
    CaseRecord record(Candidate c);

    default List<String> charges(Candidate c) {
      return record(c).charges();
    }

    /** The case's ranking profile (prefer the index's precomputed one; this default parses the record). */
    default org.xiezhi.indexer.rank.CaseProfile profile(Candidate c) {
      return org.xiezhi.indexer.rank.CaseProfiles.of(record(c));
    }
  }

  /** The default: min-max fusion of BM25 and dense with dense weight {@code w}. */
  static SimilarCaseRanker weightedFusion(double w) {
    return new SimilarCaseRanker() {
      @Override
      public String name() {
        return "fusion(bm25 " + (1 - w) + ", dense " + w + ")";
      }

      @Override
      public List<Scored> rank(Query q, List<Candidate> cs, Records records) {
        return cs.stream()
            .map(c -> new Scored(c, (1 - w) * c.bm25Norm() + w * c.denseNorm()))
            .sorted((a, b) -> Double.compare(b.score(), a.score()))
            .toList();
      }
    };
  }
}
