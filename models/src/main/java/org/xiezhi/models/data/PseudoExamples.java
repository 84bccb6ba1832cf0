package org.xiezhi.models.data;

import org.xiezhi.corpus.charge.ChargeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Examples written from the law rather than from cases, so that a charge or article the training
 * cases never show still has a centroid: one per charge (its name and the words of its
 * alternatives) and one per article (its statute text).
 */
public final class PseudoExamples {
  private PseudoExamples() {}

  public static List<LabelledFact> of(List<String> chargeLabels, Map<Integer, String> articleTexts, List<Integer> articles) {
    List<LabelledFact> out = new ArrayList<>();
    for (String c : chargeLabels) {
      String text = String.join("，", ChargeNames.words(c)) + "，" + ChargeNames.displayName(c);
      out.add(new LabelledFact("charge:" + c, text, List.of(c), List.of(), 0, false, false));
    }
    for (Integer a : articles) {
      String text = articleTexts.get(a);
      if (text != null) {
        out.add(new LabelledFact("article:" + a, text, List.of(), List.of(a), 0, false, false));
      }
    }
    return out;
  }
}
