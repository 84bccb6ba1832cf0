package org.xiezhi.inference.onnx;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * How an ONNX Runtime session runs: intra-op threads (1 is best when several sessions share the
 * cores, see docs/inference.md) and full graph optimisation.
 */
public record SessionSettings(int intraOpThreads, boolean fullOptimization) {

  public SessionSettings {
    if (intraOpThreads < 1 || intraOpThreads > 256) {
      throw new IllegalArgumentException("intraOpThreads must be 1..256, got " + intraOpThreads);
    }
  }

  /** One intra-op thread, full optimisation. */
  public static SessionSettings defaults() {
    return new SessionSettings(1, true);
  }

  /** ONNX Runtime options for these settings; the caller closes them after creating sessions. */
  public OrtSession.SessionOptions toOptions() throws OrtException {
    OrtSession.SessionOptions o = new OrtSession.SessionOptions();
    try {
      o.setIntraOpNumThreads(intraOpThreads);
      o.setInterOpNumThreads(1);
      o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      o.setOptimizationLevel(
          fullOptimization
              ? OrtSession.SessionOptions.OptLevel.ALL_OPT
              : OrtSession.SessionOptions.OptLevel.NO_OPT);
      return o;
    } catch (OrtException | RuntimeException e) {
      o.close();
      throw e;
    }
  }
}
