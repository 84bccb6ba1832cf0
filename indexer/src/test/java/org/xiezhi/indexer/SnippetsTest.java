package org.xiezhi.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;
import org.xiezhi.indexer.analysis.LegalDictionary;

/** Snippets found by scanning for the query's terms equal those of re-analysing the text (fictional text). */
class SnippetsTest {
  private static final org.apache.lucene.analysis.Analyzer PER_FIELD =
      CaseFields.perField(new HanLpAnalyzer(LegalDictionary.of(List.of("盗窃罪", "入户盗窃"))), new BigramAnalyzer());
  private static final Snippets SNIPPETS = new Snippets(PER_FIELD);
  private static final String TEXT = "经审理查明：2019年3月5日，被告人张某某入户盗窃，窃取被害人李某的手机一部。"
      + "案发后，被告人张某某主动投案，如实供述了盗窃手机的事实。另查明，被告人张某某曾因盗窃罪被判处有期徒刑。"
      + "被害人李某对被告人张某某表示谅解。";

  private static List<String> analysing(Query q, int passages) throws Exception {
    UnifiedHighlighter h = UnifiedHighlighter.builderWithoutSearcher(PER_FIELD)
        .withFormatter(new DefaultPassageFormatter(Snippets.PRE, Snippets.POST, "…", false)).withMaxLength(20_000).build();
    Object r = h.highlightWithoutSearcher(CaseFields.FACTS, q, TEXT, passages);
    return r == null ? List.of() : java.util.Arrays.stream(r.toString().split("…"))
        .filter(p -> p.contains(Snippets.PRE)).map(String::strip).toList();
  }

  private static Query terms(String... ts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : ts) {
      b.add(new TermQuery(new Term(CaseFields.FACTS, t)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  @Test
  void termQueriesGiveTheSamePassagesAsReanalysis() throws Exception {
    for (Query q : List.of(terms("手机", "投案"), terms("入户盗窃"), terms("谅解", "被害人", "有期徒刑"))) {
      List<String> got = SNIPPETS.of(CaseFields.FACTS, q, TEXT, 3);
      assertEquals(analysing(q, 3), got, q.toString());
      assertEquals(new Snippets(PER_FIELD, false).of(CaseFields.FACTS, q, TEXT, 3), got, "stream vs in-memory index " + q);
      assertTrue(!got.isEmpty(), q.toString());
    }
  }

  @Test
  void phrasesMatchOnlyContiguousText() throws Exception {
    Query q = new PhraseQuery(CaseFields.FACTS, "盗窃", "手机");
    List<String> got = SNIPPETS.of(CaseFields.FACTS, q, TEXT, 3);
    assertEquals(analysing(q, 3), got);
    assertEquals(List.of("案发后，被告人张某某主动投案，如实供述了【盗窃手机】的事实。"), got);
  }

  @Test
  void otherFieldsNegatedTermsAndPatternsAreHandled() throws Exception {
    assertEquals(List.of(), SNIPPETS.of(CaseFields.FACTS, new TermQuery(new Term(CaseFields.REASONING, "手机")), TEXT, 3));
    Query notOnly = new BooleanQuery.Builder().add(new TermQuery(new Term(CaseFields.FACTS, "谅解")), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(CaseFields.FACTS, "手机")), BooleanClause.Occur.MUST_NOT).build();
    assertEquals(analysing(notOnly, 3), SNIPPETS.of(CaseFields.FACTS, notOnly, TEXT, 3));
    Query prefix = new PrefixQuery(new Term(CaseFields.FACTS, "谅"));
    assertEquals(analysing(prefix, 3), SNIPPETS.of(CaseFields.FACTS, prefix, TEXT, 3));
    assertEquals(List.of(), SNIPPETS.of(CaseFields.FACTS, terms("手机"), "", 3));
  }
}
