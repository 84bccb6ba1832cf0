package org.xiezhi.eval.guideline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.xiezhi.advisor.adapters.IndexSimilarCases;
import org.xiezhi.advisor.law.StatuteBook;
import org.xiezhi.corpus.model.SentenceWords;
import org.xiezhi.advisor.sentencing.TermDistribution;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SimilarRecord;
import org.xiezhi.indexer.SimilarRequest;

/**
 * The similar-case median of a judgment, as the sentencing reference computes it: the median fixed
 * term, for the judgment's charge, of its top {@code k} similar cases in an index restricted to that
 * charge, leaving out the judgment itself and its duplicates (the same id, the same case number, or
 * the same facts text), so that a judgment never votes for its own sentence.
 */
public final class SimilarCaseMedian {
  /** Extra cases asked for so that {@code k} remain after the judgment and its duplicates are left out. */
  static final int SPARE = 10;

  private final CaseIndex index;
  private final StatuteBook statutes;
  private final IndexSimilarCases sentences;
  private final int k;
  private long excluded;

  public SimilarCaseMedian(CaseIndex index, StatuteBook statutes, int k) {
    if (k < 1 || k + SPARE > 200) {
      throw new IllegalArgumentException("k must be between 1 and " + (200 - SPARE) + ", not " + k);
    }
    this.index = index;
    this.statutes = statutes;
    this.sentences = new IndexSimilarCases(index, statutes);
    this.k = k;
  }

  /** How many cases consulted. */
  public int k() {
    return k;
  }

  /** How many retrieved cases were left out so far as the judgment itself or one of its duplicates. */
  public long excluded() {
    return excluded;
  }

  /**
   * The median term in months of the similar cases of the judgment {@code id} (its case number and
   * facts as given; its stored record, when the index holds it, adds its masked facts and case
   * number to what counts as a duplicate), or empty when none of them has a fixed term.
   */
  public OptionalDouble median(String id, String caseNumber, String facts, String charge) throws IOException {
    List<Integer> months = terms(id, caseNumber, facts, charge);
    return months.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(TermDistribution.of(months).median());
  }

  /** The fixed terms (months) for {@code charge} of the top {@code k} similar cases, duplicates left out. */
  List<Integer> terms(String id, String caseNumber, String facts, String charge) throws IOException {
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> texts = new LinkedHashSet<>();
    addKey(numbers, caseNumber);
    addKey(texts, facts);
    Optional<CaseRecord> own = id == null ? Optional.empty() : index.get(id);
    own.ifPresent(r -> {
      addKey(numbers, r.caseNumber());
      addKey(texts, r.facts());
    });
    Set<String> names = new LinkedHashSet<>();
    names.add(charge);
    names.add(statutes.canonical(charge));
    SearchFilters filters = new SearchFilters(List.copyOf(names), null, null, null, null, null, null, null);
    List<SimilarRecord> found = index.similarRecords(new SimilarRequest(facts, List.of(charge), k + SPARE, filters, false));
    List<Integer> out = new ArrayList<>();
    int used = 0;
    for (SimilarRecord sr : found) {
      if (used == k) {
        break;
      }
      CaseRecord r = sr.record();
      if (r.id().equals(id) || numbers.contains(key(r.caseNumber())) || texts.contains(key(r.facts()))) {
        excluded++;
        continue;
      }
      used++;
      for (Sentence s : sentences.sentencesFor(r, charge)) {
        Integer m = SentenceWords.months(s);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static void addKey(Set<String> keys, String value) {
    String k = key(value);
    if (k != null) {
      keys.add(k);
    }
  }

  /** A comparison key: whitespace and full-width spaces removed, brackets unified; null when blank. */
  static String key(String value) {
    if (value == null) {
      return null;
    }
    String k = value.replaceAll("[\\s\\u3000]+", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    return k.isEmpty() ? null : k;
  }
}
