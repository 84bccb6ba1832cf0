package org.xiezhi.models.train;

/** How a linear model's logits become scores: independent sigmoids (multi-label) a softmax, or cosine similarity to label centroids. */
public enum Activation {
  SIGMOID,
  SOFTMAX,
  /** Cosine of the idf-weighted input with each label's row (rows are unit centroids). */
  COSINE
}
