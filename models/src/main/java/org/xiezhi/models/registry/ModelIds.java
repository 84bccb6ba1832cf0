package org.xiezhi.models.registry;

/** The ids of the judgment models in the registry. */
public final class ModelIds {
  /** Multi-label charges. */
  public static final String CHARGES = "xiezhi-charges";
  /** Multi-label articles. */
  public static final String ARTICLES = "xiezhi-articles";
  /** Prison term classes (months, life, death). */
  public static final String TERM = "xiezhi-term";
  /** The ONNX file of each model version. */
  public static final String ONNX_FILE = "model.onnx";

  private ModelIds() {}
}
