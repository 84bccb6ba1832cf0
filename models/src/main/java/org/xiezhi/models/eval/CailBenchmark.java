package org.xiezhi.models.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.xiezhi.models.data.CailSample;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.predict.JudgmentPredictor;

/** Runs the models and the keyword baseline on CAIL2018 sample_test in one process and reports both. */
public final class CailBenchmark {
  private CailBenchmark() {}

  /** The model's result first, then the baseline's. */
  public static List<CailEvaluation.Result> run(JudgmentPredictor predictor, Path cailDir) throws IOException {
    List<String> accu = CailSample.labels(cailDir.resolve("accu.txt"));
    List<Integer> law = CailSample.labels(cailDir.resolve("law.txt")).stream().map(Integer::valueOf).toList();
    ChargeNames names = new ChargeNames(accu);
    List<LabelledFact> test = CailSample.read(cailDir.resolve("sample_test.json"));
    List<LabelledFact> train = CailSample.read(cailDir.resolve("sample_train.json"));
    CailEvaluation.Result model =
        CailEvaluation.run(predictor.model(), test, names, law, f -> predictor.predict(f.fact()));
    KeywordBaseline kb = new KeywordBaseline(accu, train);
    CailEvaluation.Result base = CailEvaluation.run("keyword-baseline", test, names, law, f -> kb.predict(f.fact()));
    return List.of(model, base);
  }

  /** A Markdown table of the results. */
  public static String markdown(List<CailEvaluation.Result> rs) {
    StringBuilder sb = new StringBuilder("# CAIL2018 sample_test\n\n");
    sb.append("Official CAIL2018 scoring: charges and articles (micro-F1 + macro-F1) / 2; term: mean per-case score.\n\n");
    sb.append("| system | cases | charges | (micro / macro) | articles | (micro / macro) | term |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (CailEvaluation.Result r : rs) {
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f / %.4f | %.4f | %.4f / %.4f | %.4f |%n",
          r.system(), r.cases(), r.charges().score(), r.charges().micro(), r.charges().macro(),
          r.articles().score(), r.articles().micro(), r.articles().macro(), r.term()));
    }
    return sb.toString();
  }
}
