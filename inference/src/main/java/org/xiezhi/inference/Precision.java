package org.xiezhi.inference;

/** Which build of the embedding model to run; their vectors differ and must never be mixed. */
public enum Precision {
  /** ONNX Runtime dynamic int8 quantisation: the default, about 2–3 times faster. */
  INT8,
  /** The float32 export. */
  FP32;

  /** Parses {@code int8} or {@code fp32} (any case). */
  public static Precision parse(String s) {
    for (Precision p : values()) {
      if (p.name().equalsIgnoreCase(s.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException("precision must be int8 or fp32, got " + s);
  }
}
