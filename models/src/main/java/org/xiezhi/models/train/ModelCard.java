package org.xiezhi.models.train;

import java.util.Locale;
import java.util.Map;
import org.xiezhi.models.data.EvaluationSplit;
import org.xiezhi.models.registry.ModelManifest;

/** Renders the model card ({@code MODEL_CARD.md}) of a model version from its manifest. */
public final class ModelCard {
  private ModelCard() {}

  public static String render(ModelManifest m) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Model card: ").append(m.ref()).append("\n\n");
    sb.append("- Task: ").append(m.task()).append(" (").append(m.labels().size()).append(" outputs)\n");
    sb.append("- Input: ").append(m.input().features()).append(", dimension ").append(m.input().dimension())
        .append(", first ").append(m.input().maxChars()).append(" characters");
    if (!m.input().signals().isEmpty()) {
      sb.append("; signals: ").append(String.join(", ", m.input().signals()));
    }
    sb.append("\n- Output: ").append(m.input().activation()).append(" scores; decision: ").append(m.decision()).append('\n');
    sb.append("- Training: ").append(m.training()).append('\n');
    sb.append("- Served by ONNX Runtime from `model.onnx` (sha256 ").append(m.files().get(0).sha256()).append(")\n\n");
    sb.append("## Training data\n\n");
    for (String s : m.trainingData()) {
      sb.append("- ").append(s).append('\n');
    }
    sb.append("\n## Metrics\n\n");
    if (EvaluationSplit.trainedOn(m)) {
      sb.append("Trained on the CAIL2018 evaluation split (`cail-test-*` records, `--include-eval-split`): ")
          .append("sample_test figures would measure memory, not prediction, and `eval cail` refuses this model.\n");
    } else if (m.metrics().isEmpty()) {
      sb.append("Not evaluated at build time: run `xiezhi eval cail`.\n");
    } else {
      sb.append("| metric | value |\n|---|---|\n");
      for (Map.Entry<String, Double> e : m.metrics().entrySet()) {
        sb.append(String.format(Locale.ROOT, "| %s | %.4f |%n", e.getKey(), e.getValue()));
      }
    }
    sb.append("\n## Known limits\n\n");
    sb.append("- The CAIL2018 sample's train and test files share few charges: charges absent from the ")
        .append("training cases are predicted only as well as the LeCaRD judgments (labels read from the judgment ")
        .append("result by pattern) and the statute-text pseudo examples allow. On a held-out fifth of ")
        .append("sample_train (same distribution as training) the same learner scores far higher than on ")
        .append("sample_test; see docs/models.md.\n");
    sb.append("- One charge and one article per fact (the best label; ties kept): the second charge or article ")
        .append("of a multi-label case is missed.\n");
    sb.append("- Nearest centroids confuse neighbouring charges whose facts share words (受贿 and ")
        .append("非国家工作人员受贿, 滥伐林木 and 非法采伐、毁坏国家重点保护植物, 贷款诈骗 and 骗取贷款); 窝藏、包庇 ")
        .append("facts that narrate the underlying crime are often given that crime.\n");
    if (m.training() != null && m.training().containsKey("catalogue")) {
      sb.append("- Built with the charge catalogue and the Criminal Law (see `catalogue` under Training): ")
          .append("charge scores add the cosine with each charge's names and 罪状, which lets charges without ")
          .append("training cases win but also draws facts that mention another crime's name (a 窝藏 fact ")
          .append("narrating a theft) towards that crime; articles are the defining article of the predicted ")
          .append("charge, so a wrong charge gives a wrong article. Weights were chosen by leave-charges-out ")
          .append("cross-validation on the training data, not on sample_test.\n");
      if (m.training().get("catalogue") instanceof java.util.Map<?, ?> cat && cat.containsKey("featureWeights")) {
        sb.append("- The shared feature weights on the charge centroids (`featureWeights`) gained a little on ")
            .append("the training-side measures but did not separate the neighbour charges above on sample_test ")
            .append("(docs/models.md).\n");
      }
    }
    sb.append("- Hashed n-grams collide; facts beyond the first ").append(m.input().maxChars())
        .append(" characters are ignored.\n");
    sb.append("- AI assists, it never decides: scores are evidence for a person to weigh, not a verdict.\n");
    return sb.toString();
  }
}
