package org.xiezhi.models.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;

/** Training examples from the LeCaRD candidate judgments, labelled by {@link JudgmentLabels}. */
public final class LecardTrainingSet {
  private LecardTrainingSet() {}

  /** Counts of what a pass saw. */
  public record Outcome(List<LabelledFact> examples, int judgments, int unlabelled, int rejected) {}

  public static Outcome read(Path lecardDir, JudgmentLabels labeller) throws IOException {
    List<LabelledFact> out = new ArrayList<>();
    int[] counts = new int[3];
    new LecardCandidates(lecardDir)
        .forEach(
            new LecardCandidates.Sink() {
              @Override
              public void accept(RawJudgment j) {
                counts[0]++;
                labeller.label(j).ifPresentOrElse(out::add, () -> counts[1]++);
              }

              @Override
              public void reject(String docId, String reason) {
                counts[2]++;
              }
            });
    return new Outcome(out, counts[0], counts[1], counts[2]);
  }
}
