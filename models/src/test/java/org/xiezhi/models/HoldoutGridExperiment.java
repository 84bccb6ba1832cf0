package org.xiezhi.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.models.data.CailSample;
import org.xiezhi.models.data.ChargeNames;
import org.xiezhi.models.data.ChargeStatutes;
import org.xiezhi.models.data.JudgmentLabels;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.data.LecardTrainingSet;
import org.xiezhi.models.data.PseudoExamples;
import org.xiezhi.models.data.StatuteTexts;
import org.xiezhi.models.eval.CailScore;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;
import org.xiezhi.models.train.CatalogueCentroids;
import org.xiezhi.models.train.CentroidTrainer;
import org.xiezhi.models.train.HashedLinearModel;

/**
 * The catalogue weights on the in-distribution check (run by hand): a seeded fifth of sample_train
 * held out (the same split as {@code TrainingExperiment -Dholdout=true}), trained on the rest +
 * LeCaRD + pseudo examples; charges and catalogue-derived articles, best label only.
 */
public final class HoldoutGridExperiment {
  public static void main(String[] args) throws Exception {
    Path cail = SharedData.require("cail2018");
    List<String> accu = CailSample.labels(cail.resolve("accu.txt"));
    List<Integer> law = CailSample.labels(cail.resolve("law.txt")).stream().map(Integer::valueOf).toList();
    ChargeNames names = new ChargeNames(accu);
    List<LabelledFact> train = new ArrayList<>(CailSample.read(cail.resolve("sample_train.json")));
    java.util.Collections.shuffle(train, new java.util.Random(7));
    List<LabelledFact> test = new ArrayList<>(train.subList(0, train.size() / 5));
    train = new ArrayList<>(train.subList(train.size() / 5, train.size()));
    train.addAll(LecardTrainingSet.read(SharedData.require("lecard"), new JudgmentLabels(names, new HashSet<>(law))).examples());
    train.addAll(PseudoExamples.of(accu, StatuteTexts.read(SharedData.require("laws/刑法/刑法.md")), law));
    ChargeStatutes st = ChargeStatutes.read(SharedData.require("laws"), cail.resolve("accu.txt"), accu);
    Featurizer fz = new Featurizer(1 << 16, 3);
    Map<String, Integer> ci = new HashMap<>();
    for (int i = 0; i < accu.size(); i++) {
      ci.put(accu.get(i), i);
    }
    List<HashedFeatures> xs = new ArrayList<>();
    List<int[]> ys = new ArrayList<>();
    for (LabelledFact f : train) {
      xs.add(fz.fact(f.fact()));
      ys.add(f.charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray());
    }
    HashedLinearModel cm = CentroidTrainer.train(xs, ys, fz.dimension(), accu.size());
    HashedLinearModel nm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(accu.stream().map(l -> st.get(l).names()).toList(), fz, cm.idf()), 1);
    HashedLinearModel rm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(accu.stream().map(l -> st.get(l).conduct()).toList(), fz, cm.idf()), 1);
    float[][] grid = {{0, 0}, {0.5f, 0}, {0.5f, 0.25f}, {0.5f, 0.5f}, {1, 0}, {1, 0.25f}, {1, 0.5f}, {1, 1}, {1.5f, 0}, {1.5f, 0.25f},
      {1.5f, 0.5f}, {2, 0}, {2, 0.25f}, {2, 0.5f}, {2, 1}, {3, 0.5f}, {3, 1}, {4, 1}, {4, 1.5f}};
    List<float[]> c = new ArrayList<>();
    List<float[]> n = new ArrayList<>();
    List<float[]> r = new ArrayList<>();
    for (LabelledFact f : test) {
      HashedFeatures x = fz.fact(f.fact());
      float[] cc = cm.scores(x);
      c.add(cc);
      n.add(LeaveChargesOutExperiment.minus(nm.scores(x), cc));
      r.add(LeaveChargesOutExperiment.minus(rm.scores(x), cc));
    }
    for (float[] g : grid) {
      List<Set<String>> tc = new ArrayList<>();
      List<Set<String>> pc = new ArrayList<>();
      List<Set<Integer>> ta = new ArrayList<>();
      List<Set<Integer>> pa = new ArrayList<>();
      for (int i = 0; i < test.size(); i++) {
        float[] s = new float[accu.size()];
        for (int l = 0; l < s.length; l++) {
          s[l] = c.get(i)[l] + g[0] * n.get(i)[l] + g[1] * r.get(i)[l];
        }
        String top = accu.get(LeaveChargesOutExperiment.argmax(s));
        tc.add(new HashSet<>(test.get(i).charges()));
        pc.add(Set.of(top));
        ta.add(new HashSet<>(test.get(i).articles()));
        pa.add(Set.of(st.get(top).articles().get(0)));
      }
      System.out.printf(Locale.ROOT, "holdout n%.2f r%.2f charges %s articles(from charge) %s%n", g[0], g[1],
          LeaveChargesOutExperiment.fmt(CailScore.multiLabel(accu, tc, pc)), LeaveChargesOutExperiment.fmt(CailScore.multiLabel(law, ta, pa)));
    }
  }
}
