package org.xiezhi.indexer;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.xiezhi.indexer.analysis.BigramAnalyzer;
import org.xiezhi.indexer.analysis.HanLpAnalyzer;

/**
 * Field names of the index and which analyzer each text field uses. Title, facts, reasoning and
 * statute text are indexed twice: HanLP words (field name as is) and CJK bigrams (suffix
 * {@code _bg}); the full text only as bigrams ({@code full_text_bg}).
 */
public final class CaseFields {
  private CaseFields() {}

  /** Document kind: {@link #KIND_CASE} or {@link #KIND_STATUTE}. */
  public static final String KIND = "kind";
  public static final String KIND_CASE = "case";
  public static final String KIND_STATUTE = "statute";

  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  public static final String FACTS = "facts";
  public static final String REASONING = "reasoning";
  public static final String FULL_TEXT = "full_text";
  public static final String CHARGE = "charge";
  public static final String ARTICLE = "article";
  public static final String COURT = "court";
  public static final String REGION = "region";
  public static final String YEAR = "year";
  public static final String PROCEDURE = "procedure";
  /** Fixed-term penalty of each defendant in months (imprisonment, detention, surveillance). */
  public static final String PENALTY_MONTHS = "penalty_months";
  public static final String PENALTY_TYPE = "penalty_type";
  /** The whole record as JSON (stored only); in the embedded index without its full text. */
  public static final String RECORD = "record";
  /**
   * The full text of a judgment as UTF-8 (binary doc values, embedded index): kept out of the stored
   * record so that reading a hit's record does not decompress and decode the whole judgment.
   */
  public static final String FULL_TEXT_VALUE = "full_text_value";
  /** Binary doc values: the case's ranking profile line ({@link org.xiezhi.indexer.rank.CaseProfile#encode()}). */
  public static final String RANK_PROFILE = "rank_profile";
  /** Dense vector of the facts. */
  public static final String FACTS_VECTOR = "facts_vec";

  public static final String STATUTE_LAW = "law";
  public static final String STATUTE_TEXT = "statute_text";
  public static final String STATUTE_LABEL = "label";

  /** Suffix of the bigram twin of a text field. */
  public static final String BIGRAM = "_bg";

  /** Text fields a keyword search covers by default, with boosts. */
  public static final Map<String, Float> CASE_TEXT_FIELDS =
      Map.of(TITLE, 0.5f, FACTS, 1.0f, FACTS + BIGRAM, 1.0f, REASONING, 0.6f, REASONING + BIGRAM, 0.6f,
          FULL_TEXT + BIGRAM, 0.3f);

  /** Keyword fields usable as filters and facets. */
  public static final List<String> FACET_FIELDS = List.of(CHARGE, ARTICLE, COURT, REGION, YEAR, PROCEDURE);

  /** The analyzer of every field: bigrams for {@code *_bg}, keywords for ids, HanLP for the rest. */
  public static Analyzer perField(HanLpAnalyzer words, BigramAnalyzer bigrams) {
    Map<String, Analyzer> m = new java.util.HashMap<>();
    for (String f : List.of(TITLE, FACTS, REASONING, FULL_TEXT, STATUTE_TEXT)) {
      m.put(f + BIGRAM, bigrams);
    }
    KeywordAnalyzer kw = new KeywordAnalyzer();
    for (String f : List.of(ID, KIND, SOURCE, CHARGE, ARTICLE, COURT, REGION, PROCEDURE, PENALTY_TYPE, STATUTE_LAW, STATUTE_LABEL)) {
      m.put(f, kw);
    }
    return new PerFieldAnalyzerWrapper(words, m);
  }
}
