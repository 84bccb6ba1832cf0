package org.xiezhi.eval.guideline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.xiezhi.advisor.Advisor;
import org.xiezhi.advisor.sentencing.guideline.GuidelineResult;
import org.xiezhi.models.data.CailSample;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.predict.JudgmentPredictor;
import org.xiezhi.models.predict.Prediction;
import org.xiezhi.models.train.TermScale;

/**
 * The CAIL2018 sample_test term score (official per-case scale) of the model's term beside the
 * guideline's point used where it applies: one predicted charge the guideline covers and facts it
 * can place in a tier; the model's term everywhere else.
 */
public final class CailGuidelineTerm {
  private CailGuidelineTerm() {}

  public static void run(Path cailDir, JudgmentPredictor predictor, Advisor advisor, PrintStream out) throws IOException {
    List<LabelledFact> test = CailSample.read(cailDir.resolve("sample_test.json"));
    double model = 0;
    double mixed = 0;
    double modelOnApplied = 0;
    double guideOnApplied = 0;
    int applied = 0;
    for (LabelledFact f : test) {
      Prediction p = predictor.predict(f.fact());
      double m = TermScale.score(f.termMonths(), f.death(), f.life(), p.termMonths(), p.death(), p.life());
      model += m;
      GuidelineResult g = null;
      if (p.charges().size() == 1 && !p.death() && !p.life()) {
        g = advisor.sentencing(f.fact(), p.charges()).get(0).guideline();
      }
      if (g != null && g.applies()) {
        double s = TermScale.score(f.termMonths(), f.death(), f.life(), g.recommended().months(), false, false);
        mixed += s;
        applied++;
        modelOnApplied += m;
        guideOnApplied += s;
      } else {
        mixed += m;
      }
    }
    int n = test.size();
    out.printf(Locale.ROOT, "%n### CAIL2018 sample_test term score (official scale), %d cases, model %s%n%n", n, predictor.model());
    out.println("| term from | all cases | cases where the guideline applies |");
    out.println("|---|---|---|");
    out.printf(Locale.ROOT, "| model | %.4f | %.4f |%n", model / n, modelOnApplied / Math.max(1, applied));
    out.printf(Locale.ROOT, "| guideline where it applies, model elsewhere | %.4f | %.4f |%n", mixed / n,
        guideOnApplied / Math.max(1, applied));
    out.printf(Locale.ROOT, "%nThe guideline applied to %d of %d cases (one predicted charge it covers, facts it could place).%n",
        applied, n);
  }
}
