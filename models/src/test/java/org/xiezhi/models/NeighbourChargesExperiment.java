package org.xiezhi.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
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
import org.xiezhi.models.train.CentroidTrainer;
import org.xiezhi.models.train.HashedLinearModel;

/**
 * Neighbour charges (a development tool, run by hand): measures changes to the served charge score
 * (centroid cosine + 1.5 × names cosine + 0.25 × 罪状 cosine) meant to separate a charge from its
 * nearest neighbour charges, on training data only. Protocols ({@code -Dprotocol}): {@code absent}
 * and {@code rare} (leave-charges-out CV as in {@link LeaveChargesOutExperiment}, {@code -Dfew}
 * cases kept for rare), and {@code holdout} (the seeded fifth of sample_train). With
 * {@code -Dneighbours=true} the CV folds are built so that no charge shares a fold with one of its
 * three nearest charges: a held-out charge is always tested against neighbours that keep all their
 * cases. The variants and {@link NeighbourScores} are described there; sample_test is never read.
 */
public final class NeighbourChargesExperiment {
  static final float NAMES = 1.5f;
  static final float CONDUCT = 0.25f;

  /** The data and folds of a protocol (from the system properties). */
  record Setup(List<String> accu, Featurizer fz, List<HashedFeatures> xs, List<int[]> ys, List<HashedFeatures> xp,
      List<int[]> yp, List<String> nameTexts, List<String> conductTexts, List<String> fullTexts, List<int[][]> folds) {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Setup su = load();
    List<String> accu = su.accu();
    Featurizer fz = su.fz();
    List<HashedFeatures> xs = su.xs();
    List<int[]> ys = su.ys();
    List<HashedFeatures> xp = su.xp();
    List<int[]> yp = su.yp();
    List<int[][]> folds = su.folds();
    NeighbourCounts[] results = new NeighbourCounts[NeighbourScores.VARIANTS.size()];
    for (int v = 0; v < results.length; v++) {
      results[v] = new NeighbourCounts(accu.size());
    }
    for (int k = 0; k < folds.size(); k++) {
      long tf = System.nanoTime();
      int[][] f = folds.get(k);
      List<HashedFeatures> tx = new ArrayList<>();
      List<int[]> ty = new ArrayList<>();
      for (int i : f[0]) {
        tx.add(xs.get(i));
        ty.add(ys.get(i));
      }
      tx.addAll(xp);
      ty.addAll(yp);
      HashedLinearModel cm = CentroidTrainer.train(tx, ty, fz.dimension(), accu.size());
      NeighbourScores ns = NeighbourScores.build(cm, fz, su.nameTexts(), su.conductTexts(), su.fullTexts(), NAMES, CONDUCT,
          tx.subList(0, f[0].length));
      for (int part = 1; part <= 2; part++) {
        for (int i : f[part]) {
          ns.score(xs.get(i), ys.get(i), part == 1, results);
        }
      }
      System.out.printf(Locale.ROOT, "fold %d: train %d, unseen %d, seen %d, %.1fs%n", k, f[0].length, f[1].length,
          f[2].length, (System.nanoTime() - tf) / 1e9);
    }
    for (int v = 0; v < results.length; v++) {
      System.out.println("charges " + NeighbourScores.VARIANTS.get(v) + " " + results[v].summary());
    }
    System.out.printf(Locale.ROOT, "total %.1fs%n", (System.nanoTime() - t0) / 1e9);
  }

  static Setup load() throws Exception {
    String protocol = System.getProperty("protocol", "absent");
    boolean nbFolds = Boolean.getBoolean("neighbours");
    int few = protocol.equals("rare") ? Integer.getInteger("few", 20) : 0;
    long t0 = System.nanoTime();
    Path cail = SharedData.require("cail2018");
    List<String> accu = CailSample.labels(cail.resolve("accu.txt"));
    List<Integer> law = CailSample.labels(cail.resolve("law.txt")).stream().map(Integer::valueOf).toList();
    ChargeNames names = new ChargeNames(accu);
    List<LabelledFact> sampleTrain = new ArrayList<>(CailSample.read(cail.resolve("sample_train.json")));
    List<LabelledFact> heldOut = List.of();
    if (protocol.equals("holdout")) {
      Collections.shuffle(sampleTrain, new Random(7));
      heldOut = new ArrayList<>(sampleTrain.subList(0, sampleTrain.size() / 5));
      sampleTrain = new ArrayList<>(sampleTrain.subList(sampleTrain.size() / 5, sampleTrain.size()));
    }
    List<LabelledFact> pool = new ArrayList<>(sampleTrain);
    pool.addAll(LecardTrainingSet.read(SharedData.require("lecard"), new JudgmentLabels(names, new HashSet<>(law))).examples());
    int poolSize = pool.size();
    pool.addAll(heldOut);
    ChargeStatutes st = ChargeStatutes.read(SharedData.require("laws"), cail.resolve("accu.txt"), accu);
    List<LabelledFact> pseudo = PseudoExamples.of(accu, StatuteTexts.read(SharedData.require("laws/刑法/刑法.md")), law);
    Featurizer fz = new Featurizer(1 << 16, 3);
    List<HashedFeatures> xs = pool.stream().map(f -> fz.fact(f.fact())).toList();
    List<HashedFeatures> xp = pseudo.stream().map(f -> fz.fact(f.fact())).toList();
    Map<String, Integer> ci = new HashMap<>();
    for (int i = 0; i < accu.size(); i++) {
      ci.put(accu.get(i), i);
    }
    List<int[]> ys = pool.stream().map(f -> f.charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray()).toList();
    List<int[]> yp = pseudo.stream().map(f -> f.charges().stream().filter(ci::containsKey).mapToInt(ci::get).toArray()).toList();
    List<String> nameTexts = accu.stream().map(l -> st.get(l).names()).toList();
    List<String> conductTexts = accu.stream().map(l -> st.get(l).conduct()).toList();
    List<String> fullTexts = accu.stream().map(l -> st.get(l).text()).toList();
    System.out.printf(Locale.ROOT, "protocol %s, neighbour folds %s, few %d, pool %d, read %.1fs%n",
        protocol, nbFolds, few, poolSize, (System.nanoTime() - t0) / 1e9);

    // folds: lists of (train, unseen test, seen test) indices into pool
    List<int[][]> folds = new ArrayList<>();
    if (protocol.equals("holdout")) {
      int[] train = new int[poolSize];
      Arrays.setAll(train, i -> i);
      int[] test = new int[heldOut.size()];
      Arrays.setAll(test, i -> poolSize + i);
      folds.add(new int[][] {train, new int[0], test});
    } else {
      List<String> present = new ArrayList<>(new TreeSet<>(pool.stream().flatMap(f -> f.charges().stream()).toList()));
      Collections.shuffle(present, new Random(11));
      List<Set<String>> held = nbFolds
          ? neighbourFolds(present, fullNeighbours(xs, ys, xp, yp, fz, nameTexts, conductTexts, accu), 5)
          : randomFolds(present, 5);
      for (int k = 0; k < held.size(); k++) {
        folds.add(split(pool, held.get(k), few, k));
      }
    }
    return new Setup(accu, fz, xs, ys, xp, yp, nameTexts, conductTexts, fullTexts, folds);
  }

  static List<Set<String>> randomFolds(List<String> shuffled, int folds) {
    List<Set<String>> out = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      Set<String> h = new HashSet<>();
      for (int i = k; i < shuffled.size(); i += folds) {
        h.add(shuffled.get(i));
      }
      out.add(h);
    }
    return out;
  }

  /** Folds in which no charge meets one of its neighbours (or a charge that counts it as one) where avoidable. */
  static List<Set<String>> neighbourFolds(List<String> shuffled, Map<String, Set<String>> nb, int folds) {
    List<Set<String>> out = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      out.add(new HashSet<>());
    }
    int conflicts = 0;
    for (String c : shuffled) {
      int best = -1;
      for (int k = 0; k < folds; k++) {
        boolean clash = out.get(k).stream().anyMatch(o -> nb.get(c).contains(o) || nb.get(o).contains(c));
        if (!clash && (best < 0 || out.get(k).size() < out.get(best).size())) {
          best = k;
        }
      }
      if (best < 0) {
        conflicts++;
        best = 0;
        for (int k = 1; k < folds; k++) {
          if (out.get(k).size() < out.get(best).size()) {
            best = k;
          }
        }
      }
      out.get(best).add(c);
    }
    System.out.println("neighbour folds: sizes " + out.stream().map(Set::size).toList() + ", unavoidable clashes " + conflicts);
    return out;
  }

  /** Each charge's three nearest charges by the served score rows, trained on the whole pool. */
  static Map<String, Set<String>> fullNeighbours(List<HashedFeatures> xs, List<int[]> ys, List<HashedFeatures> xp,
      List<int[]> yp, Featurizer fz, List<String> nameTexts, List<String> conductTexts, List<String> accu) {
    List<HashedFeatures> tx = new ArrayList<>(xs);
    tx.addAll(xp);
    List<int[]> ty = new ArrayList<>(ys);
    ty.addAll(yp);
    HashedLinearModel cm = CentroidTrainer.train(tx, ty, fz.dimension(), accu.size());
    NeighbourScores ns = NeighbourScores.build(cm, fz, nameTexts, conductTexts, nameTexts, NAMES, CONDUCT, xs.subList(0, 1));
    Map<String, Set<String>> out = new HashMap<>();
    for (int l = 0; l < accu.size(); l++) {
      Set<String> s = new HashSet<>();
      for (int m = 0; m < 3; m++) {
        s.add(accu.get(ns.neighbours(l)[m]));
      }
      out.put(accu.get(l), s);
    }
    return out;
  }

  /** Train / unseen / seen indices of one fold (shared with {@link LeaveChargesOutExperiment}). */
  static int[][] split(List<LabelledFact> pool, Set<String> held, int few, int k) {
    Random fr = new Random(200 + k);
    Map<String, Integer> keep = new HashMap<>();
    for (String h : new TreeSet<>(held)) {
      keep.put(h, few > 0 ? fr.nextInt(few) : 0);
    }
    List<Integer> train = new ArrayList<>();
    List<Integer> unseen = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      List<String> cs = pool.get(i).charges();
      if (cs.stream().anyMatch(held::contains)) {
        if (cs.size() == 1 && keep.get(cs.get(0)) > 0) {
          keep.merge(cs.get(0), -1, Integer::sum);
          kept.add(i);
        } else {
          unseen.add(i);
        }
      } else {
        rest.add(i);
      }
    }
    Collections.shuffle(rest, new Random(100 + k));
    List<Integer> seen = rest.subList(0, rest.size() / 5);
    train.addAll(rest.subList(rest.size() / 5, rest.size()));
    train.addAll(kept);
    return new int[][] {
      train.stream().mapToInt(Integer::intValue).toArray(),
      unseen.stream().mapToInt(Integer::intValue).toArray(),
      seen.stream().mapToInt(Integer::intValue).toArray()};
  }
}
