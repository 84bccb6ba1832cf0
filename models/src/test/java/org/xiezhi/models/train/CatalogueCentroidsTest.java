package org.xiezhi.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;

/** Catalogue rows on fictional texts: unit rows, zero rows for blanks, blending is additive. */
class CatalogueCentroidsTest {
  private final Featurizer fz = new Featurizer(1 << 12, 3);

  @Test
  void rowsAreUnitAndBlendAddsCosines() {
    float[] idf = new float[fz.dimension()];
    Arrays.fill(idf, 1f);
    List<String> texts = List.of("违反狩猎法规，在禁猎区、禁猎期进行狩猎", "", "醉酒驾驶机动车");
    float[] rows = CatalogueCentroids.rows(texts, fz, idf);
    double[] norms = new double[3];
    for (int i = 0; i < rows.length; i++) {
      norms[i % 3] += rows[i] * rows[i];
    }
    assertEquals(1.0, norms[0], 1e-5);
    assertEquals(0.0, norms[1], 0.0);
    assertEquals(1.0, norms[2], 1e-5);
    HashedLinearModel empty = new HashedLinearModel(fz.dimension(), 3, new float[rows.length], new float[3],
        Activation.COSINE, idf);
    HashedFeatures fact = fz.fact("被告人某某在禁猎期使用禁用工具狩猎野兔五只");
    float[] only = CatalogueCentroids.blend(empty, rows, 1f).scores(fact);
    float[] twice = CatalogueCentroids.blend(empty, rows, 2f).scores(fact);
    assertEquals(0f, only[1], 0f);
    assertEquals(2 * only[0], twice[0], 1e-6f);
    assertEquals(true, only[0] > 0.2f && only[0] > 3 * only[2], Arrays.toString(only));
    assertArrayEquals(new float[3], CatalogueCentroids.blend(empty, rows, 0f).scores(fact));
  }

  @Test
  void refusesANonCosineModel() {
    HashedLinearModel lin = new HashedLinearModel(4, 1, new float[4], new float[1], Activation.SIGMOID);
    assertThrows(IllegalArgumentException.class, () -> CatalogueCentroids.blend(lin, new float[4], 1f));
  }
}
