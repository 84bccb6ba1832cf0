package org.xiezhi.eval.lecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiezhi.indexer.rank.RankFeatures;
import org.xiezhi.indexer.rank.RankModel;
import org.xiezhi.indexer.rank.RegressionTree;

class LambdaMartTrainerTest {
  private static final int DIMS = RankFeatures.NAMES.size();
  private static final int SIGNAL = RankFeatures.NAMES.indexOf("amount_tier");

  /**
   * Lists whose grade is 3 when feature {@code amount_tier} is above 0.6, 1 when between 0.3 and 0.6,
   * else 0, every other feature noise: no linear function of one feature orders grade 1 above 0 and
   * 3 above 1 with a margin as a step does, a tree does.
   */
  private static List<LambdaMartTrainer.Query> lists(long seed, int queries) {
    return lists(seed, queries, v -> v > 0.6 ? 3 : v > 0.3 ? 1 : 0);
  }

  /** Lists of 40 candidates with random features, graded by {@code grade} of the signal feature. */
  private static List<LambdaMartTrainer.Query> lists(long seed, int queries, java.util.function.DoubleToIntFunction grade) {
    Random r = new Random(seed);
    List<LambdaMartTrainer.Query> out = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      double[][] x = new double[40][DIMS];
      int[] g = new int[40];
      for (int i = 0; i < 40; i++) {
        for (int k = 0; k < DIMS; k++) {
          x[i][k] = r.nextDouble();
        }
        g[i] = grade.applyAsInt(x[i][SIGNAL]);
      }
      out.add(new LambdaMartTrainer.Query(x, g, idealDcg(g, 10), 1));
    }
    return out;
  }

  private static double idealDcg(int[] g, int k) {
    int[] s = g.clone();
    Arrays.sort(s);
    double d = 0;
    for (int i = 0; i < Math.min(k, s.length); i++) {
      d += s[s.length - 1 - i] / (Math.log(i + 2) / Math.log(2));
    }
    return d;
  }

  private static double meanNdcg(RankModel m, List<LambdaMartTrainer.Query> qs, int k) {
    double sum = 0;
    for (LambdaMartTrainer.Query q : qs) {
      Integer[] order = new Integer[q.grades().length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(m.score(q.features()[b]), m.score(q.features()[a])));
      double dcg = 0;
      for (int i = 0; i < Math.min(k, order.length); i++) {
        dcg += q.grades()[order[i]] / (Math.log(i + 2) / Math.log(2));
      }
      sum += dcg / q.idealDcg();
    }
    return sum / qs.size();
  }

  @Test
  void treesLearnTheFeatureThatDecidesTheGradesAndRankHeldOutListsAlmostPerfectly() {
    LambdaMartTrainer t = new LambdaMartTrainer(30, 0.1, 2, 10, 10, 32);
    List<RegressionTree> trees = t.train(lists(1, 30), DIMS);
    assertEquals(30, trees.size());
    RankModel m = new RankModel(new double[DIMS], trees, "test");
    List<LambdaMartTrainer.Query> heldOut = lists(2, 30);
    double learned = meanNdcg(m, heldOut, 10);
    assertTrue(learned > 0.97, "held-out NDCG@10 " + learned);
    // the random order of the same lists is far below
    RankModel random = new RankModel(new double[DIMS], "zero");
    assertTrue(meanNdcg(random, heldOut, 10) < 0.8);
    // nearly all of the score comes from the one feature that carries the grades
    double[] parts = m.parts(heldOut.get(0).features()[0]);
    double signal = Math.abs(parts[SIGNAL]);
    double rest = 0;
    for (int k = 0; k < DIMS; k++) {
      rest += k == SIGNAL ? 0 : Math.abs(parts[k]);
    }
    assertTrue(signal > 3 * rest, "signal part " + signal + ", others " + rest);
  }

  @Test
  void treesDeclaredIncreasingInAFeatureNeverScoreLowerForALargerValue() {
    // grades that rise and then fall with the signal: unconstrained trees follow the fall
    List<LambdaMartTrainer.Query> qs = lists(5, 20, v -> v > 0.8 ? 0 : v > 0.4 ? 3 : 1);
    LambdaMartTrainer plain = new LambdaMartTrainer(30, 0.1, 3, 10, 10, 32);
    assertTrue(drops(new RankModel(new double[DIMS], plain.train(qs, DIMS), "plain")) > 0,
        "unconstrained trees learn the fall");
    RankModel monotone = new RankModel(new double[DIMS], plain.increasingIn(SIGNAL).train(qs, DIMS), "monotone");
    assertEquals(0, drops(monotone));
  }

  /** How often the score falls as the signal rises, the other features held at random values. */
  private static int drops(RankModel m) {
    Random r = new Random(9);
    int drops = 0;
    for (int t = 0; t < 50; t++) {
      double[] x = new double[DIMS];
      for (int k = 0; k < DIMS; k++) {
        x[k] = r.nextDouble();
      }
      double previous = Double.NEGATIVE_INFINITY;
      for (double v = 0; v <= 1.0001; v += 0.02) {
        x[SIGNAL] = v;
        double s = m.score(x);
        drops += s < previous - 1e-12 ? 1 : 0;
        previous = s;
      }
    }
    return drops;
  }

  @Test
  void trainingIsDeterministic() {
    LambdaMartTrainer t = new LambdaMartTrainer(5, 0.1, 3, 5, 10, 16);
    List<RegressionTree> a = t.train(lists(3, 10), DIMS);
    List<RegressionTree> b = t.train(lists(3, 10), DIMS);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).toJson(), b.get(i).toJson());
    }
  }

  @Test
  void listsWithOneGradeOrNoIdealGainTeachNothing() {
    double[][] x = new double[5][DIMS];
    List<LambdaMartTrainer.Query> flat = List.of(new LambdaMartTrainer.Query(x, new int[5], 0, 1));
    List<RegressionTree> trees = new LambdaMartTrainer(3, 0.1, 2, 1, 10, 8).train(flat, DIMS);
    for (RegressionTree tree : trees) {
      assertEquals(1, tree.size());
      assertEquals(0, tree.score(x[0]));
    }
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LambdaMartTrainer(0, 0.1, 2, 1, 10, 8));
    assertThrows(IllegalArgumentException.class, () -> new LambdaMartTrainer(3, 0, 2, 1, 10, 8));
    assertThrows(IllegalArgumentException.class, () -> new LambdaMartTrainer(3, 0.1, 2, 1, 10, 1));
  }
}
