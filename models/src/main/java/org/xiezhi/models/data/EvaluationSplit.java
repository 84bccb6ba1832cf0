package org.xiezhi.models.data;

import java.util.List;
import org.xiezhi.models.registry.ModelManifest;

/**
 * The CAIL2018 evaluation split as it appears in case records: {@code corpus ingest} names the
 * records of {@code sample_test.json} {@code cail-test-<line>}. Training leaves them out unless it
 * is told to take them, and a model trained on them is not scored on that set.
 */
public final class EvaluationSplit {
  /** Id prefix of the records read from CAIL2018 {@code sample_test.json}. */
  public static final String CAIL_TEST_PREFIX = "cail-test-";

  /** Key of the manifest's {@code training} map that records whether the split was trained on. */
  public static final String MANIFEST_KEY = "includesEvaluationSplit";

  private EvaluationSplit() {}

  /** Whether the manifest records that its model was trained on the evaluation split. */
  public static boolean trainedOn(ModelManifest m) {
    return m.training() != null && Boolean.TRUE.equals(m.training().get(MANIFEST_KEY));
  }

  /**
   * Refuses to score CAIL2018 sample_test with models trained on it.
   *
   * @throws IllegalStateException naming the models and how to train without the split
   */
  public static void refuseScoring(List<ModelManifest> models) {
    List<String> on = models.stream().filter(EvaluationSplit::trainedOn).map(ModelManifest::ref).toList();
    if (!on.isEmpty()) {
      throw new IllegalStateException(String.join(", ", on) + " were trained on the CAIL2018 evaluation split "
          + "(cail-test-* records, --include-eval-split): scoring sample_test with them would measure memory; "
          + "train without --include-eval-split to evaluate");
    }
  }

  /** Whether the record with this id belongs to the CAIL2018 evaluation split. */
  public static boolean isEvaluation(String id) {
    return id != null && id.startsWith(CAIL_TEST_PREFIX);
  }
}
