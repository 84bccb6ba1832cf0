package org.xiezhi.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiezhi.inference.classify.OnnxSparseClassifier;
import org.xiezhi.models.features.HashedFeatures;
import org.xiezhi.models.features.NgramHasher;
import org.xiezhi.models.train.Activation;
import org.xiezhi.models.train.CentroidTrainer;
import org.xiezhi.models.train.HashedLinearModel;
import org.xiezhi.models.train.ParityGate;

class SparseLinearOnnxTest {
  @TempDir Path dir;

  private static HashedLinearModel random(Activation act, int d, int l, long seed) {
    Random r = new Random(seed);
    float[] w = new float[d * l];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) r.nextGaussian();
    }
    float[] b = new float[l];
    for (int i = 0; i < l; i++) {
      b[i] = (float) r.nextGaussian();
    }
    return new HashedLinearModel(d, l, w, b, act);
  }

  private static List<HashedFeatures> inputs(NgramHasher h) {
    List<HashedFeatures> xs = new ArrayList<>();
    for (String s : List.of("被告人张某于2020年5月在某市盗窃电动车一辆，价值3000元。", "经审理查明：李某醉酒驾驶机动车。", "x", "")) {
      xs.add(h.features(s, List.of("AMT:5")));
      xs.add(h.features(s, List.of()));
    }
    return xs;
  }

  @Test
  void sigmoidAndSoftmaxMatchTheTrainer() throws Exception {
    NgramHasher h = new NgramHasher(1024, 3);
    for (Activation act : List.of(Activation.SIGMOID, Activation.SOFTMAX)) {
      HashedLinearModel m = random(act, 1024, 7, 42);
      Path f = dir.resolve(act + ".onnx");
      SparseLinearOnnx.write(m, "t", f);
      ParityGate.check(m, f, inputs(h));
      try (OnnxSparseClassifier c = new OnnxSparseClassifier(f)) {
        HashedFeatures x = inputs(h).get(0);
        assertArrayEquals(m.scores(x), c.scores(x.ids(), x.values()), 1e-5f);
      }
    }
  }

  @Test
  void cosineCentroidMatchesTheTrainer() throws Exception {
    NgramHasher h = new NgramHasher(4096, 3);
    List<HashedFeatures> xs = inputs(h);
    List<int[]> ys = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      ys.add(new int[] {i % 3});
    }
    HashedLinearModel m = CentroidTrainer.train(xs, ys, 4096, 3);
    Path f = dir.resolve("cos.onnx");
    SparseLinearOnnx.write(m, "cos", f);
    ParityGate.check(m, f, xs);
  }

  @Test
  void gateRejectsADifferentModel() throws Exception {
    NgramHasher h = new NgramHasher(1024, 3);
    Path f = dir.resolve("a.onnx");
    SparseLinearOnnx.write(random(Activation.SIGMOID, 1024, 5, 1), "a", f);
    HashedLinearModel other = random(Activation.SIGMOID, 1024, 5, 2);
    assertThrows(IllegalStateException.class, () -> ParityGate.check(other, f, inputs(h)));
  }

  @Test
  void refusesAFileThatIsNotAModel() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.onnx"), "not a model");
    assertThrows(IllegalStateException.class, () -> new OnnxSparseClassifier(f));
  }
}
