package org.xiezhi.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.xiezhi.corpus.source.SharedData;
import org.xiezhi.models.data.CailSample;
import org.xiezhi.models.data.ChargeNames;
import org.xiezhi.models.data.JudgmentLabels;
import org.xiezhi.models.data.LabelledFact;
import org.xiezhi.models.data.LecardTrainingSet;
import org.xiezhi.models.eval.CailEvaluation;
import org.xiezhi.models.predict.JudgmentPredictor;
import org.xiezhi.models.train.LinearTrainer;
import org.xiezhi.models.train.ModelTrainer;

/** Measures training settings on CAIL sample_test (a development tool, run by hand). */
public final class TrainingExperiment {
  public static void main(String[] args) throws Exception {
    Path cail = SharedData.require("cail2018");
    List<String> accu = CailSample.labels(cail.resolve("accu.txt"));
    List<Integer> law = CailSample.labels(cail.resolve("law.txt")).stream().map(Integer::valueOf).toList();
    ChargeNames names = new ChargeNames(accu);
    List<LabelledFact> train = new ArrayList<>(CailSample.read(cail.resolve("sample_train.json")));
    List<LabelledFact> test = CailSample.read(cail.resolve("sample_test.json"));
    if (Boolean.getBoolean("holdout")) {
      // Development split: a seeded fifth of sample_train is held out; sample_test is not looked at.
      java.util.Collections.shuffle(train, new java.util.Random(7));
      test = new ArrayList<>(train.subList(0, train.size() / 5));
      train = new ArrayList<>(train.subList(train.size() / 5, train.size()));
      System.out.println("holdout: " + test.size() + " of sample_train held out");
    }
    if (args.length > 0 && args[0].equals("lecard")) {
      long t0 = System.nanoTime();
      var o = LecardTrainingSet.read(SharedData.require("lecard"), new JudgmentLabels(names, new HashSet<>(law)));
      System.out.printf(Locale.ROOT, "lecard: %d judgments, %d examples, %d unlabelled, %d rejected, %.1fs%n",
          o.judgments(), o.examples().size(), o.unlabelled(), o.rejected(), (System.nanoTime() - t0) / 1e9);
      train.addAll(o.examples());
    }
    int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    double lr = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
    double pw = args.length > 3 ? Double.parseDouble(args[3]) : 2.0;
    float th = args.length > 4 ? Float.parseFloat(args[4]) : 0.4f;
    int dim = args.length > 5 ? Integer.parseInt(args[5]) : 1 << 16;
    var cfg = Boolean.getBoolean("defaults") ? ModelTrainer.Config.defaults() : new ModelTrainer.Config(dim, 3,
        new LinearTrainer.Settings(epochs, lr, 0.7, pw, 1L), new LinearTrainer.Settings(epochs, Double.parseDouble(System.getProperty("termlr", "0.3")), 0.7, 1, 2L), th, !Boolean.getBoolean("sgd"), !Boolean.getBoolean("termcail"));
    // -DfeatureWeights=false: without the shared feature weights on the charge centroids;
    // -Dcalibration=G: charge scores divided by sigma^G (ScoreCalibration)
    cfg = new ModelTrainer.Config(cfg.dimension(), cfg.maxN(), cfg.multiLabel(), cfg.term(), cfg.ratio(), cfg.centroid(),
        cfg.termFromJudgments(), cfg.catalogueNames(), cfg.catalogueConduct(), cfg.catalogueBackoff(), cfg.termRanges(),
        System.getProperty("featureWeights", "true").equals("false") ? null : cfg.featureWeights(),
        Float.parseFloat(System.getProperty("calibration", String.valueOf(cfg.calibrationGamma()))));
    // -Dcatalogue=true: the charge catalogue rows, articles from charges and R: signals, as served
    org.xiezhi.models.data.ChargeStatutes st = Boolean.getBoolean("catalogue")
        ? org.xiezhi.models.data.ChargeStatutes.read(SharedData.require("laws"), cail.resolve("accu.txt"), accu) : null;
    long t0 = System.nanoTime();
    List<org.xiezhi.models.data.LabelledFact> pseudo = List.of();
    if (!System.getProperty("pseudo", "both").equals("none")) {
      var texts = org.xiezhi.models.data.StatuteTexts.read(SharedData.require("laws/刑法/刑法.md"));
      pseudo = org.xiezhi.models.data.PseudoExamples.of(accu, texts, law);
      if (System.getProperty("pseudo", "both").equals("charges")) {
        pseudo = pseudo.stream().filter(f -> f.id().startsWith("charge:")).toList();
      }
      System.out.println("pseudo " + pseudo.size() + " statute texts " + texts.size());
    }
    var m = ModelTrainer.train(train, pseudo, accu, law, cfg, st);
    System.out.printf(Locale.ROOT, "train %d examples: %.1fs%n", train.size(), (System.nanoTime() - t0) / 1e9);
    java.util.Map<String, Integer> chargeArticles = new java.util.HashMap<>();
    if (st != null) {
      for (String c : accu) {
        st.get(c).articles().stream().filter(law::contains).findFirst().ifPresent(a -> chargeArticles.put(c, a));
      }
    }
    var p = new JudgmentPredictor(m.featurizer(), accu, law, m.charges()::scores, m.articles()::scores,
        m.term()::scores, cfg.ratio(), "exp", chargeArticles,
        st != null && cfg.termRanges() ? st.baseMaxMonths() : java.util.Map.of());
    for (int i = 0; i < test.size(); i += 97) {
      var f = test.get(i);
      var pr = p.predict(f.fact());
      System.out.println(f.charges() + " " + f.articles() + " -> " + pr.chargeScores() + " " + pr.articleScores());
    }
    t0 = System.nanoTime();
    var r = CailEvaluation.run("exp", test, names, law, f -> p.predict(f.fact()));
    System.out.printf(Locale.ROOT, "charges %.4f (mi %.4f ma %.4f) articles %.4f (mi %.4f ma %.4f) term %.4f  %.1fs%n",
        r.charges().score(), r.charges().micro(), r.charges().macro(), r.articles().score(), r.articles().micro(),
        r.articles().macro(), r.term(), (System.nanoTime() - t0) / 1e9);
    var seen = new HashSet<String>();
    train.forEach(f -> seen.addAll(f.charges()));
    int[] cnt = new int[4];
    for (var f : test) {
      boolean unseen = f.charges().stream().anyMatch(c -> !seen.contains(c));
      var pr = p.predict(f.fact());
      var top = names.toLabel(pr.charges().get(0)).orElse("");
      int k = unseen ? 2 : 0;
      cnt[k]++;
      if (f.charges().contains(top)) {
        cnt[k + 1]++;
      }
    }
    System.out.printf(Locale.ROOT, "top-1 charge accuracy: seen-charge cases %d/%d, unseen-charge cases %d/%d%n",
        cnt[1], cnt[0], cnt[3], cnt[2]);
    var r2 = CailEvaluation.run("gold", test, names, law, f -> p.predict(f.fact(), f.charges(), f.articles()));
    System.out.printf(Locale.ROOT, "term with gold charges/articles %.4f%n", r2.term());
  }
}
