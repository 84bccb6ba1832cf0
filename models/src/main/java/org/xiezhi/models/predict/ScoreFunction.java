package org.xiezhi.models.predict;

import org.xiezhi.models.features.HashedFeatures;

/** Scores one example's hashed features: one probability per label of the model. */
@FunctionalInterface
public interface ScoreFunction {
  float[] scores(HashedFeatures x);
}
