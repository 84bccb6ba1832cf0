package org.xiezhi.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.features.HashedFeatures;
import org.xiezhi.models.train.Activation;
import org.xiezhi.models.train.CatalogueCentroids;
import org.xiezhi.models.train.CentroidTrainer;
import org.xiezhi.models.train.HashedLinearModel;
import org.xiezhi.models.train.LinearTrainer;
import org.xiezhi.models.train.ModelTrainer;
import org.xiezhi.models.train.TermScale;

/**
 * The term model under the same leave-charges-out folds as {@link LeaveChargesOutExperiment} (run by
 * hand): trained with the true charges, tested with the charges the catalogue-blended charge model
 * predicts, with and without the {@code R:} signal (upper bound of each charge's base statutory
 * tier). sample_test is never read.
 */
public final class LeaveChargesOutTermExperiment {
  public static void main(String[] args) throws Exception {
    Path cail = SharedData.require("cail2018");
    List<String> accu = CailSample.labels(cail.resolve("accu.txt"));
    List<Integer> law = CailSample.labels(cail.resolve("law.txt")).stream().map(Integer::valueOf).toList();
    ChargeNames names = new ChargeNames(accu);
    List<LabelledFact> pool = new ArrayList<>(CailSample.read(cail.resolve("sample_train.json")));
    pool.addAll(LecardTrainingSet.read(SharedData.require("lecard"), new JudgmentLabels(names, new HashSet<>(law))).examples());
    ChargeStatutes st = ChargeStatutes.read(SharedData.require("laws"), cail.resolve("accu.txt"), accu);
    List<LabelledFact> pseudo = PseudoExamples.of(accu, StatuteTexts.read(SharedData.require("laws/刑法/刑法.md")), law);
    ModelTrainer.Config cfg = ModelTrainer.Config.defaults();
    Featurizer fz = new Featurizer(1 << 16, 3);
    List<HashedFeatures> xs = pool.stream().map(f -> fz.fact(f.fact())).toList();
    Map<String, Integer> ci = new HashMap<>();
    for (int i = 0; i < accu.size(); i++) {
      ci.put(accu.get(i), i);
    }
    List<String> present = new ArrayList<>(new java.util.TreeSet<>(pool.stream().flatMap(f -> f.charges().stream()).toList()));
    Collections.shuffle(present, new Random(11));
    double[][] sum = new double[2][2];
    int[] n = new int[2];
    for (int k = 0; k < 5; k++) {
      Set<String> held = new HashSet<>();
      for (int i = k; i < present.size(); i += 5) {
        held.add(present.get(i));
      }
      List<Integer> unseen = new ArrayList<>();
      List<Integer> rest = new ArrayList<>();
      for (int i = 0; i < pool.size(); i++) {
        (pool.get(i).charges().stream().anyMatch(held::contains) ? unseen : rest).add(i);
      }
      Collections.shuffle(rest, new Random(100 + k));
      List<Integer> seen = rest.subList(0, rest.size() / 5);
      List<Integer> train = rest.subList(rest.size() / 5, rest.size());
      List<HashedFeatures> tx = new ArrayList<>();
      List<int[]> yc = new ArrayList<>();
      for (int i : train) {
        tx.add(xs.get(i));
        yc.add(pool.get(i).charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray());
      }
      for (LabelledFact f : pseudo) {
        tx.add(fz.fact(f.fact()));
        yc.add(f.charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray());
      }
      HashedLinearModel cm = CentroidTrainer.train(tx, yc, fz.dimension(), accu.size());
      cm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(accu.stream().map(l -> st.get(l).names()).toList(), fz, cm.idf()), cfg.catalogueNames());
      cm = CatalogueCentroids.blend(cm, CatalogueCentroids.rows(accu.stream().map(l -> st.get(l).conduct()).toList(), fz, cm.idf()), cfg.catalogueConduct());
      for (int variant = 0; variant < 2; variant++) {
        List<HashedFeatures> xt = new ArrayList<>();
        List<int[]> yt = new ArrayList<>();
        for (int i : train) {
          LabelledFact f = pool.get(i);
          xt.add(fz.term(f.fact(), f.charges(), f.articles(), variant == 1 ? ranges(st, f.charges()) : List.of()));
          yt.add(new int[] {TermScale.classOf(f.termMonths(), f.death(), f.life())});
        }
        long t0 = System.nanoTime();
        HashedLinearModel tm = LinearTrainer.train(xt, yt, fz.dimension(), TermScale.classes(), Activation.SOFTMAX, cfg.term());
        List<List<Integer>> parts = List.of(unseen, seen);
        for (int part = 0; part < 2; part++) {
          for (int i : parts.get(part)) {
            LabelledFact f = pool.get(i);
            String top = accu.get(LeaveChargesOutExperiment.argmax(cm.scores(xs.get(i))));
            List<Integer> arts = st.get(top).articles().isEmpty() ? List.of() : List.of(st.get(top).articles().get(0));
            float[] p = tm.scores(fz.term(f.fact(), List.of(top), arts, variant == 1 ? ranges(st, List.of(top)) : List.of()));
            int cls = TermScale.decode(p);
            sum[variant][part] += TermScale.score(f.termMonths(), f.death(), f.life(), TermScale.months(cls),
                cls == TermScale.DEATH, cls == TermScale.LIFE);
            if (variant == 0) {
              n[part]++;
            }
          }
        }
        System.out.printf(Locale.ROOT, "fold %d variant %d trained in %.1f s%n", k, variant, (System.nanoTime() - t0) / 1e9);
      }
    }
    for (int v = 0; v < 2; v++) {
      System.out.printf(Locale.ROOT, "term %s: all %.4f | unseen %.4f | seen %.4f%n", v == 0 ? "without R:" : "with R:   ",
          (sum[v][0] + sum[v][1]) / (n[0] + n[1]), sum[v][0] / n[0], sum[v][1] / n[1]);
    }
  }

  static List<String> ranges(ChargeStatutes st, List<String> charges) {
    List<String> out = new ArrayList<>();
    for (String c : charges) {
      if (st.get(c) != null && st.get(c).baseMaxMonths() > 0) {
        out.add("R:" + st.get(c).baseMaxMonths());
      }
    }
    return out;
  }
}
