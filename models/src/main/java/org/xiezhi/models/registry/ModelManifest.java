package org.xiezhi.models.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The manifest of one model version ({@code manifest.json} beside its files): identity, task,
 * files with their sha256 and size, output labels, the input contract, decision settings, metrics,
 * training data and licence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelManifest(
    String id,
    String version,
    String task,
    List<ModelFile> files,
    List<String> labels,
    InputSpec input,
    Map<String, Object> decision,
    Map<String, Double> metrics,
    List<String> trainingData,
    Map<String, Object> training,
    String licence) {

  /** One file of a model version. */
  public record ModelFile(String name, String sha256, long size) {}

  /**
   * How inputs are built: hashed character n-grams (1..maxN) of at most maxChars characters in a
   * space of {@code dimension} ids, plus named signals; the ONNX inputs and output names; the
   * output activation.
   */
  public record InputSpec(
      String features, int dimension, int maxN, int maxChars, List<String> signals, String activation) {}

  public ModelManifest {
    files = List.copyOf(files);
    labels = List.copyOf(labels);
  }

  /** {@code id@version}, as predictions cite the model. */
  public String ref() {
    return id + "@" + version;
  }
}
