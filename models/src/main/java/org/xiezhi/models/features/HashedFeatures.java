package org.xiezhi.models.features;

/** A sparse feature vector over hashed ids: parallel arrays of ids and values, ids distinct. */
public record HashedFeatures(long[] ids, float[] values) {
  public HashedFeatures {
    if (ids.length != values.length) {
      throw new IllegalArgumentException("ids and values differ in length");
    }
  }

  /** Number of non-zero entries. */
  public int size() {
    return ids.length;
  }
}
