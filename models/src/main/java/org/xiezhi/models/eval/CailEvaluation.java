package org.xiezhi.models.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.predict.Prediction;
import org.xiezhi.models.train.TermScale;

/** Scores a predictor on labelled facts with the official CAIL2018 measures. */
public final class CailEvaluation {
  /** The three task scores of one system, plus the number of cases. */
  public record Result(String system, CailScore.F1 charges, CailScore.F1 articles, double term, int cases) {}

  private CailEvaluation() {}

  public static Result run(
      String system,
      List<LabelledFact> test,
      ChargeNames names,
      List<Integer> articleSet,
      Function<LabelledFact, Prediction> predictor) {
    List<Set<String>> tc = new ArrayList<>();
    List<Set<String>> pc = new ArrayList<>();
    List<Set<Integer>> ta = new ArrayList<>();
    List<Set<Integer>> pa = new ArrayList<>();
    double term = 0;
    for (LabelledFact f : test) {
      Prediction p = predictor.apply(f);
      tc.add(new HashSet<>(f.charges()));
      Set<String> cs = new HashSet<>();
      for (String c : p.charges()) {
        names.toLabel(c).ifPresent(cs::add);
      }
      pc.add(cs);
      ta.add(new HashSet<>(f.articles()));
      pa.add(new HashSet<>(p.articles()));
      term += TermScale.score(f.termMonths(), f.death(), f.life(), p.termMonths(), p.death(), p.life());
    }
    return new Result(
        system,
        CailScore.multiLabel(names.labels(), tc, pc),
        CailScore.multiLabel(articleSet, ta, pa),
        term / test.size(),
        test.size());
  }
}
