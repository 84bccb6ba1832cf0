package org.xiezhi.inference.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ONNX Runtime session over a model file, run with named float/int64 inputs that give named
 * outputs as plain Java arrays. Thread-safe (ONNX Runtime sessions accept concurrent runs); close it.
 */
public final class OnnxModel implements AutoCloseable {
  private final OrtSession session;
  private final Path file;

  private OnnxModel(OrtSession session, Path file) {
    this.session = session;
    this.file = file;
  }

  /** Opens a model file. */
  public static OnnxModel open(Path file, SessionSettings settings) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("ONNX model file not found: " + file);
    }
    try (OrtSession.SessionOptions options = settings.toOptions()) {
      return new OnnxModel(OrtEnvironment.getEnvironment().createSession(file.toString(), options), file);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load ONNX model " + file + ": " + e.getMessage(), e);
    }
  }

  /** Names of the model's inputs. */
  public Set<String> inputNames() {
    return session.getInputNames();
  }

  /** Names of the model's outputs. */
  public Set<String> outputNames() {
    return session.getOutputNames();
  }

  /** The underlying session, for callers that build their own tensors. */
  public OrtSession session() {
    return session;
  }

  /**
   * Runs the model on the named inputs and returns the requested outputs (all when {@code
   * outputs} is empty), in the order asked.
   */
  public Map<String, Tensor> run(Map<String, Tensor> inputs, List<String> outputs) {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    List<OnnxTensor> created = new ArrayList<>();
    try {
      Map<String, OnnxTensor> feed = new LinkedHashMap<>();
      for (Map.Entry<String, Tensor> e : inputs.entrySet()) {
        Tensor t = e.getValue();
        OnnxTensor ot =
            t.isFloat()
                ? OnnxTensor.createTensor(env, FloatBuffer.wrap(t.floats()), t.shape())
                : OnnxTensor.createTensor(env, LongBuffer.wrap(t.longs()), t.shape());
        created.add(ot);
        feed.put(e.getKey(), ot);
      }
      List<String> wanted = outputs.isEmpty() ? new ArrayList<>(session.getOutputNames()) : outputs;
      try (OrtSession.Result result = session.run(feed, Set.copyOf(wanted))) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String name : wanted) {
          OnnxValue v =
              result.get(name).orElseThrow(() -> new IllegalStateException("no output " + name));
          out.put(name, copy(name, v));
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX run failed on " + file + ": " + e.getMessage(), e);
    } finally {
      for (OnnxTensor t : created) {
        t.close();
      }
    }
  }

  private static Tensor copy(String name, OnnxValue v) {
    if (!(v instanceof OnnxTensor t)) {
      throw new IllegalStateException("output " + name + " is not a tensor: " + v.getType());
    }
    long[] shape = t.getInfo().getShape();
    switch (t.getInfo().type) {
      case FLOAT: {
        FloatBuffer b = t.getFloatBuffer();
        float[] a = new float[b.remaining()];
        b.get(a);
        return Tensor.of(a, shape);
      }
      case INT64: {
        LongBuffer b = t.getLongBuffer();
        long[] a = new long[b.remaining()];
        b.get(a);
        return Tensor.of(a, shape);
      }
      default:
        throw new IllegalStateException("output " + name + " has unsupported type " + t.getInfo().type);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close ONNX session for " + file, e);
    }
  }
}
