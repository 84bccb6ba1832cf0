package org.xiezhi.models.train;

import java.nio.file.Path;
import java.util.List;
import org.xiezhi.inference.classify.OnnxSparseClassifier;
import org.xiezhi.models.features.HashedFeatures;

/** Fails an export when ONNX Runtime and the trainer score the same inputs differently. */
public final class ParityGate {
  /** The largest allowed absolute difference of any score. */
  public static final double TOLERANCE = 1e-4;

  private ParityGate() {}

  /** Returns the largest difference seen; throws when it exceeds {@link #TOLERANCE}. */
  public static double check(HashedLinearModel model, Path onnx, List<HashedFeatures> probe) {
    double worst = 0;
    try (OnnxSparseClassifier c = new OnnxSparseClassifier(onnx)) {
      for (HashedFeatures x : probe) {
        float[] a = model.scores(x);
        float[] b = c.scores(x.ids(), x.values());
        if (a.length != b.length) {
          throw new IllegalStateException("ONNX gives " + b.length + " scores, trainer " + a.length);
        }
        for (int i = 0; i < a.length; i++) {
          worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
      }
    }
    if (worst > TOLERANCE) {
      throw new IllegalStateException(
          "parity gate: ONNX and trainer scores differ by " + worst + " > " + TOLERANCE + " in " + onnx.getFileName());
    }
    return worst;
  }
}
