package org.xiezhi.eval.guideline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;
import org.xiezhi.advisor.Advisor;

/** The whole guideline measurement: read the judgments once, then the tables. */
public final class GuidelineLecardRun {
  private GuidelineLecardRun() {}

  public static void run(Path lecard, Advisor advisor, java.util.function.Function<String, String> crimes, ToIntFunction<String> model, String modelName,
      PrintStream out) throws IOException {
    List<GuidelineLecardEvaluation.Kept> kept = GuidelineLecardEvaluation.read(lecard, crimes);
    out.printf("LeCaRD judgments with one defendant, one guideline crime and a fixed term: %d%s%n", kept.size(),
        modelName == null ? "" : "; term model " + modelName);
    GuidelineLecardEvaluation.guideline(kept, advisor, false, model, out);
    GuidelineLecardEvaluation.guideline(kept, advisor, true, model, out);
    GuidelineLecardEvaluation.extraction(kept, out);
  }
}
