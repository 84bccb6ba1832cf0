package org.xiezhi.api.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.api.port.XiezhiServices;
import org.xiezhi.inference.TextEmbedder;

/**
 * Assembles the in-memory baseline behind every port: judgments from a folder of texts, the
 * Criminal Law from the laws markdown when present, nearest-neighbour prediction and advice.
 */
public final class BaselineServices {
  private BaselineServices() {}

  /**
   * @param judgments folder of {@code *.txt} judgments (e.g. demo/judgments)
   * @param criminalLaw {@code laws/刑法/刑法.md}, or null when absent (statute endpoints then find nothing)
   * @param embedder the embedding model, or null
   */
  public static XiezhiServices build(Path judgments, Path criminalLaw, TextEmbedder embedder) throws IOException {
    DemoCaseBase cases = DemoCaseBase.fromFolder(judgments);
    LawsStatutes statutes = criminalLaw != null && Files.isRegularFile(criminalLaw) ? LawsStatutes.read(criminalLaw) : LawsStatutes.empty();
    NeighbourPredictor predictor = new NeighbourPredictor(cases, embedder);
    NeighbourAdvisor advisor = new NeighbourAdvisor(cases, predictor, statutes);
    return new XiezhiServices(statutes, cases, cases, predictor, advisor, embedder);
  }
}
