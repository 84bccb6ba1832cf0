package org.xiezhi.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;

class ScoreCalibrationTest {
  private final Featurizer fz = new Featurizer(1 << 12, 3);

  // fictional facts of three charges, the first with more and more varied cases
  private final String[][] facts = {
    {"被告人甲某在超市窃取香烟两条。", "被告人乙某入户窃取现金三千元和手机一部。", "被告人丙某在公交车上扒窃钱包。",
      "被告人丁某夜间撬开车门窃取车内财物。", "被告人戊某多次在工地窃取电缆。"},
    {"被告人己某驾驶汽车撞伤行人后逃逸。", "被告人庚某酒后驾驶货车致一人死亡。"},
    {"被告人辛某在饭店与人争执，持刀将被害人砍成轻伤。", "被告人壬某因琐事殴打邻居致其轻伤二级。"},
  };

  private List<HashedFeatures> xs() {
    List<HashedFeatures> out = new ArrayList<>();
    for (String[] fs : facts) {
      for (String f : fs) {
        out.add(fz.fact(f));
      }
    }
    return out;
  }

  private HashedLinearModel model(List<HashedFeatures> xs) {
    List<int[]> ys = new ArrayList<>();
    for (int c = 0; c < facts.length; c++) {
      for (int k = 0; k < facts[c].length; k++) {
        ys.add(new int[] {c});
      }
    }
    return CentroidTrainer.train(xs, ys, fz.dimension(), facts.length);
  }

  @Test
  void gammaZeroLeavesTheModel() {
    List<HashedFeatures> xs = xs();
    HashedLinearModel m = model(xs);
    assertSame(m, ScoreCalibration.scale(m, xs, 0f, 100, 5L));
  }

  @Test
  void gammaOneGivesEveryLabelUnitDeviationOverTheSample() {
    List<HashedFeatures> xs = xs();
    HashedLinearModel m = ScoreCalibration.scale(model(xs), xs, 1f, 50, 5L);
    Random rnd = new Random(5L);
    double[] s1 = new double[facts.length];
    double[] s2 = new double[facts.length];
    for (int k = 0; k < 9; k++) {
      float[] z = m.logits(xs.get(rnd.nextInt(xs.size())));
      for (int l = 0; l < z.length; l++) {
        s1[l] += z[l];
        s2[l] += z[l] * z[l];
      }
    }
    for (int l = 0; l < facts.length; l++) {
      double mean = s1[l] / 9;
      assertEquals(1.0, Math.sqrt(s2[l] / 9 - mean * mean), 1e-3, "label " + l);
    }
  }

  @Test
  void seededAndRepeatable() {
    List<HashedFeatures> xs = xs();
    HashedLinearModel m = model(xs);
    assertArrayEquals(ScoreCalibration.scale(m, xs, 0.5f, 5, 9L).weights(), ScoreCalibration.scale(m, xs, 0.5f, 5, 9L).weights());
  }
}
