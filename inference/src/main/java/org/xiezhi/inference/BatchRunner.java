package org.xiezhi.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.xiezhi.inference.tokenizer.Encoding;

/**
 * Runs one padded batch of encodings through a session and pools the output into normalised
 * vectors: builds the int64 inputs, closes every tensor and result it makes.
 */
final class BatchRunner {
  private final EmbeddingManifest manifest;
  private final boolean tokenTypes;

  BatchRunner(EmbeddingManifest manifest, boolean tokenTypes) {
    this.manifest = manifest;
    this.tokenTypes = tokenTypes;
  }

  /** Vectors of {@code encodings[order[from..to)]}, written to {@code out} at the same indexes. */
  void run(OrtSession session, Encoding[] encodings, int[] order, int from, int to, float[][] out)
      throws OrtException {
    int b = to - from;
    int len = 0;
    for (int i = from; i < to; i++) {
      len = Math.max(len, encodings[order[i]].length());
    }
    long[] ids = new long[b * len];
    long[] mask = new long[b * len];
    for (int r = 0; r < b; r++) {
      int[] tok = encodings[order[from + r]].ids();
      int base = r * len;
      for (int j = 0; j < tok.length; j++) {
        ids[base + j] = tok[j];
        mask[base + j] = 1;
      }
    }
    long[] shape = {b, len};
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    EmbeddingManifest.InputNames names = manifest.inputs();
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor tMask = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor tTypes = tokenTypes ? OnnxTensor.createTensor(env, LongBuffer.wrap(new long[b * len]), shape) : null) {
      Map<String, OnnxTensor> feed = new HashMap<>(4);
      feed.put(names.inputIds(), tIds);
      feed.put(names.attentionMask(), tMask);
      if (tTypes != null) {
        feed.put(names.tokenTypeIds(), tTypes);
      }
      try (OrtSession.Result result = session.run(feed, Set.of(manifest.output()))) {
        OnnxTensor hidden =
            (OnnxTensor)
                result.get(manifest.output()).orElseThrow(() -> new IllegalStateException("no output " + manifest.output()));
        long[] hs = hidden.getInfo().getShape();
        if (hs.length != 3 || hs[0] != b || hs[1] != len || hs[2] != manifest.dimension()) {
          throw new IllegalStateException(
              "model output " + manifest.output() + " has shape " + java.util.Arrays.toString(hs)
                  + ", expected [" + b + ", " + len + ", " + manifest.dimension() + "]");
        }
        pool(hidden.getFloatBuffer(), b, len, mask, order, from, out);
      }
    }
  }

  private void pool(FloatBuffer h, int b, int len, long[] mask, int[] order, int from, float[][] out) {
    int dim = manifest.dimension();
    boolean cls = "cls".equals(manifest.pooling());
    for (int r = 0; r < b; r++) {
      float[] v = new float[dim];
      int rowBase = r * len * dim;
      if (cls) {
        h.get(rowBase, v, 0, dim);
      } else {
        int count = 0;
        float[] tmp = new float[dim];
        for (int t = 0; t < len; t++) {
          if (mask[r * len + t] == 0) {
            continue;
          }
          h.get(rowBase + t * dim, tmp, 0, dim);
          for (int k = 0; k < dim; k++) {
            v[k] += tmp[k];
          }
          count++;
        }
        for (int k = 0; k < dim; k++) {
          v[k] /= Math.max(1, count);
        }
      }
      if ("l2".equals(manifest.normalize())) {
        normalise(v);
      }
      out[order[from + r]] = v;
    }
  }

  static void normalise(float[] v) {
    double s = 0;
    for (float x : v) {
      s += (double) x * x;
    }
    double norm = Math.sqrt(s);
    if (norm > 1e-12) {
      float inv = (float) (1.0 / norm);
      for (int k = 0; k < v.length; k++) {
        v[k] *= inv;
      }
    }
  }
}
