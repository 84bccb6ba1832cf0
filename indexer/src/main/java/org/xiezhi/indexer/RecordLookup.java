package org.xiezhi.indexer;

import static org.xiezhi.indexer.CaseFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.statute.ArticleRefParser;

/** The lookups of {@link CaseIndex}: statute articles by reference or text, a case by id, the counts. */
final class RecordLookup {
  private final CaseIndex index;

  RecordLookup(CaseIndex index) {
    this.index = index;
  }

  List<StatuteArticle> statute(String ref, int k) throws IOException {
    IndexSearcher s = index.manager().acquire();
    try {
      Query kind = new TermQuery(new Term(KIND, KIND_STATUTE));
      Optional<String> parsed = ArticleRefParser.recordId(ref);
      if (parsed.isPresent()) {
        TopDocs td = s.search(QueryBuilder.filtered(new TermQuery(new Term(ID, parsed.get())), kind), 1);
        List<StatuteArticle> out = new ArrayList<>();
        for (ScoreDoc sd : td.scoreDocs) {
          out.add(StoredRecords.statute(s, sd.doc));
        }
        return out;
      }
      if (ref == null || ref.isBlank()) {
        throw new IllegalArgumentException("statute reference or text is empty");
      }
      QueryBuilder qb = index.queries();
      Query text = new BooleanQuery.Builder()
          .add(qb.bagOfTerms(STATUTE_TEXT, ref, 64), BooleanClause.Occur.SHOULD)
          .add(qb.bagOfTerms(STATUTE_TEXT + BIGRAM, ref, 256), BooleanClause.Occur.SHOULD)
          .build();
      List<StatuteArticle> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(QueryBuilder.filtered(text, kind), k).scoreDocs) {
        out.add(StoredRecords.statute(s, sd.doc));
      }
      return out;
    } finally {
      index.manager().release(s);
    }
  }

  Optional<CaseRecord> get(String id) throws IOException {
    IndexSearcher s = index.manager().acquire();
    try {
      TopDocs td = s.search(QueryBuilder.filtered(new TermQuery(new Term(ID, id)),
          new TermQuery(new Term(KIND, KIND_CASE))), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(StoredRecords.caseWithFullText(s, td.scoreDocs[0].doc));
    } finally {
      index.manager().release(s);
    }
  }

  int[] counts() throws IOException {
    IndexSearcher s = index.manager().acquire();
    try {
      return new int[] {s.count(new TermQuery(new Term(KIND, KIND_CASE))),
          s.count(new TermQuery(new Term(KIND, KIND_STATUTE)))};
    } finally {
      index.manager().release(s);
    }
  }
}
