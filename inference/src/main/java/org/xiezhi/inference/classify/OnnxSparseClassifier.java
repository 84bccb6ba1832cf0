package org.xiezhi.inference.classify;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs a classifier over sparse hashed features in ONNX Runtime: inputs {@code ids} (int64 [N])
 * and {@code values} (float [N]), output {@code scores} (float [labels]). One intra-op thread per
 * session; {@link #scores} may be called from several threads. Close it to free the session.
 */
public final class OnnxSparseClassifier implements AutoCloseable {
  /** Name of the id input. */
  public static final String IDS = "ids";
  /** Name of the value input. */
  public static final String VALUES = "values";
  /** Name of the score output. */
  public static final String SCORES = "scores";

  private final OrtEnvironment env;
  private final OrtSession session;

  public OnnxSparseClassifier(Path model) {
    this.env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
      opts.setIntraOpNumThreads(1);
      opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      this.session = env.createSession(model.toString(), opts);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load classifier " + model.getFileName() + ": " + e.getMessage(), e);
    }
    if (!session.getInputNames().contains(IDS) || !session.getInputNames().contains(VALUES)) {
      close();
      throw new IllegalStateException(
          model.getFileName() + " is not a sparse classifier: inputs " + session.getInputNames());
    }
  }

  /** The scores of one example given as parallel arrays of feature ids and values. */
  public float[] scores(long[] ids, float[] values) {
    if (ids.length != values.length) {
      throw new IllegalArgumentException("ids and values differ in length");
    }
    try (OnnxTensor i = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {ids.length});
        OnnxTensor v = OnnxTensor.createTensor(env, FloatBuffer.wrap(values), new long[] {values.length});
        OrtSession.Result r = session.run(Map.of(IDS, i, VALUES, v))) {
      return (float[]) r.get(0).getValue();
    } catch (OrtException e) {
      throw new IllegalStateException("classifier run failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}
