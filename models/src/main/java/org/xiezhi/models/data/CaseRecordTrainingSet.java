package org.xiezhi.models.data;

import org.xiezhi.corpus.charge.ChargeNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xiezhi.corpus.io.JsonLinesReader;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.statute.ArticleRefParser;
import org.xiezhi.corpus.statute.LawsSource;

/** Training examples from a {@code cases.jsonl} written by {@code corpus ingest}: first defendant's charges and sentence. */
public final class CaseRecordTrainingSet {
  private CaseRecordTrainingSet() {}

  /** The examples read, and how many records of the evaluation split were left out. */
  public record Outcome(List<LabelledFact> examples, int evaluationLeftOut) {}

  /** Reads the examples, leaving out the CAIL2018 evaluation split ({@link EvaluationSplit}). */
  public static List<LabelledFact> read(Path casesJsonl, ChargeNames names, Set<Integer> articleSet) throws IOException {
    return read(casesJsonl, names, articleSet, false).examples();
  }

  /**
   * Reads the examples; {@code cail-test-*} records are left out (and counted) unless
   * {@code includeEvaluationSplit}.
   */
  public static Outcome read(Path casesJsonl, ChargeNames names, Set<Integer> articleSet, boolean includeEvaluationSplit)
      throws IOException {
    List<LabelledFact> out = new ArrayList<>();
    int leftOut = 0;
    for (CaseRecord r : JsonLinesReader.readAll(casesJsonl, CaseRecord.class)) {
      if (!includeEvaluationSplit && EvaluationSplit.isEvaluation(r.id())) {
        leftOut++;
        continue;
      }
      toExample(r, names, articleSet).ifPresent(out::add);
    }
    return new Outcome(out, leftOut);
  }

  static Optional<LabelledFact> toExample(CaseRecord r, ChargeNames names, Set<Integer> articleSet) {
    if (r.facts() == null || r.facts().length() < 20) {
      return Optional.empty();
    }
    Defendant d = r.defendants().isEmpty() ? null : r.defendants().get(0);
    List<String> raw = d != null && !d.charges().isEmpty() ? d.charges() : r.charges();
    Set<String> charges = new LinkedHashSet<>();
    for (String c : raw) {
      names.toLabel(c).ifPresent(charges::add);
    }
    if (charges.isEmpty()) {
      return Optional.empty();
    }
    Set<Integer> articles = new LinkedHashSet<>();
    for (String a : r.articles()) {
      // a whole Criminal Law article (刑法第264条), as the CAIL article labels count them
      ArticleRefParser.parse(a)
          .filter(ref -> ref.law().equals(LawsSource.CRIMINAL_LAW) && ref.article().equals(ref) && ref.suffix() == 0)
          .filter(ref -> articleSet.contains(ref.number()))
          .ifPresent(ref -> articles.add(ref.number()));
    }
    Sentence s = d == null ? null : d.sentence();
    boolean death = s != null && (Sentence.DEATH.equals(s.type()) || Sentence.DEATH_REPRIEVE.equals(s.type()));
    boolean life = s != null && Sentence.LIFE.equals(s.type());
    int months = s != null && s.months() != null ? s.months() : 0;
    return Optional.of(
        new LabelledFact(r.id(), r.facts(), new ArrayList<>(charges), new ArrayList<>(articles), months, death, life));
  }
}
