package org.xiezhi.eval.guideline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.xiezhi.advisor.Advisor;

/** The whole guideline measurement: read the judgments once, then the tables. */
public final class GuidelineLecardRun {
  private GuidelineLecardRun() {}

  /**
   * Reads the judgments under {@code lecard} and prints the tables; {@code model} (may be null) gives
   * the term model's months for facts, {@code similar} (may be null) the similar-case median.
   */
  public static void run(Path lecard, Advisor advisor, Function<String, String> crimes, ToIntFunction<String> model, String modelName,
      SimilarCaseMedian similar, PrintStream out) throws IOException {
    List<GuidelineLecardEvaluation.Kept> kept = GuidelineLecardEvaluation.read(lecard, crimes);
    out.printf("LeCaRD judgments with one defendant, one guideline crime and a fixed term: %d%s%s%n", kept.size(),
        modelName == null ? "" : "; term model " + modelName,
        similar == null ? "" : "; similar-case median of the top " + similar.k() + " cases of the same charge");
    Function<GuidelineLecardEvaluation.Kept, OptionalDouble> median = null;
    if (similar != null) {
      Map<String, OptionalDouble> cache = new HashMap<>();
      median = k -> cache.computeIfAbsent(k.id(), id -> {
        try {
          return similar.median(k.id(), k.caseNumber(), k.facts(), k.ownCharge());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    GuidelineLecardEvaluation.guideline(kept, advisor, false, model, median, out);
    GuidelineLecardEvaluation.guideline(kept, advisor, true, model, median, out);
    if (similar != null) {
      out.printf(Locale.ROOT, "%nSimilar cases left out as the judgment itself or a duplicate (same id, case number or facts): %d%n",
          similar.excluded());
    }
    GuidelineLecardEvaluation.extraction(kept, out);
  }
}
