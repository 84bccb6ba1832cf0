package org.xiezhi.inference.onnx;

import java.util.Arrays;

/**
 * A plain Java copy of a tensor: float or int64 data (exactly one of them non-null) in row-major
 * order, with its shape.
 */
public record Tensor(float[] floats, long[] longs, long[] shape) {

  public Tensor {
    if ((floats == null) == (longs == null)) {
      throw new IllegalArgumentException("a tensor holds either floats or longs");
    }
    long n = 1;
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
      }
      n *= d;
    }
    long have = floats != null ? floats.length : longs.length;
    if (n != have) {
      throw new IllegalArgumentException(
          "shape " + Arrays.toString(shape) + " needs " + n + " values, got " + have);
    }
  }

  /** A float tensor. */
  public static Tensor of(float[] data, long... shape) {
    return new Tensor(data, null, shape);
  }

  /** An int64 tensor. */
  public static Tensor of(long[] data, long... shape) {
    return new Tensor(null, data, shape);
  }

  /** Whether it holds floats. */
  public boolean isFloat() {
    return floats != null;
  }
}
