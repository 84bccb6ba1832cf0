package org.xiezhi.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;

class FeatureWeightsTest {
  private static final FeatureWeights.Settings SETTINGS = new FeatureWeights.Settings(3, 2f, 20f, 0.001f, 0.5f, 2, 5L);
  private final Featurizer fz = new Featurizer(1 << 12, 3);

  // fictional facts: two neighbour charges told apart by a few words, a third unrelated one
  private final String[] common = {
    "被告人张某驾驶小型轿车在县道行驶时与骑电动车的王某相撞，致王某受伤，经鉴定为重伤二级。",
    "被告人李某驾驶货车在镇中心路口未让行，撞倒行人赵某，致赵某当场死亡，车辆损坏。",
    "被告人陈某酒后驾驶面包车在乡道超速行驶，与对向摩托车相撞，致摩托车驾驶人死亡。",
    "被告人刘某驾驶三轮车在村道转弯时将路边行人撞倒，致其重伤，事故认定刘某负全部责任。",
  };
  private final String[] harbour = {"事后被告人明知其犯罪仍为其提供住处和钱款，帮助其躲藏。",
    "被告人得知后将其藏匿在自家仓库，并向侦查人员作假证明。"};
  private final String[] other = {
    "被告人孙某在商场内趁被害人不备窃取其手机一部，价值三千元。",
    "被告人周某撬开邻居家门锁，窃取现金五千元及金项链一条。",
  };

  private List<HashedFeatures> xs = new ArrayList<>();
  private List<int[]> ys = new ArrayList<>();

  private void data() {
    xs = new ArrayList<>();
    ys = new ArrayList<>();
    for (String c : common) {
      xs.add(fz.fact(c));
      ys.add(new int[] {0});
      for (String h : harbour) {
        xs.add(fz.fact(c + h));
        ys.add(new int[] {1});
      }
    }
    for (String o : other) {
      xs.add(fz.fact(o));
      ys.add(new int[] {2});
    }
  }

  private HashedLinearModel centroid() {
    return CentroidTrainer.train(xs, ys, fz.dimension(), 3);
  }

  private HashedLinearModel blended(HashedLinearModel c) {
    float[] rows = CatalogueCentroids.rows(List.of("交通肇事", "窝藏、包庇", "盗窃"), fz, c.idf());
    return CatalogueCentroids.blend(c, rows, 1.5f);
  }

  @Test
  void unitWeightsLeaveTheModelUnchanged() {
    data();
    HashedLinearModel c = centroid();
    HashedLinearModel b = blended(c);
    float[] g = new float[fz.dimension()];
    Arrays.fill(g, 1f);
    assertArrayEquals(b.weights(), FeatureWeights.apply(b, c, g).weights());
  }

  @Test
  void learningIsSeededAndNonNegative() {
    data();
    HashedLinearModel c = centroid();
    HashedLinearModel b = blended(c);
    float[] g1 = FeatureWeights.learn(b, c, xs, ys, xs, ys, SETTINGS);
    float[] g2 = FeatureWeights.learn(b, c, xs, ys, xs, ys, SETTINGS);
    assertArrayEquals(g1, g2);
    for (float v : g1) {
      assertTrue(v >= 0f);
    }
    // a feature no training fact has keeps weight 1
    long unseen = fz.fact("鲸").ids()[0];
    assertEquals(1f, g1[(int) unseen]);
  }

  @Test
  void learnedWeightsWidenTheMarginOverTheNeighbourCharge() {
    data();
    HashedLinearModel c = centroid();
    HashedLinearModel b = blended(c);
    HashedLinearModel sharpened = FeatureWeights.apply(b, c, FeatureWeights.learn(b, c, xs, ys, xs, ys, SETTINGS));
    double before = 0;
    double after = 0;
    for (int n = 0; n < xs.size(); n++) {
      int t = ys.get(n)[0];
      if (t == 2) {
        continue;
      }
      float[] s0 = b.scores(xs.get(n));
      float[] s1 = sharpened.scores(xs.get(n));
      before += s0[t] - s0[1 - t];
      after += s1[t] - s1[1 - t];
    }
    assertTrue(after > before, "margin over the neighbour before " + before + ", after " + after);
  }
}
