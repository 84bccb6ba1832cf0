package org.xiezhi.indexer.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The features of (query, candidate) pairs for the second-stage similar-case ranker, each in [0, 1].
 * BM25 on the facts is divided by the best BM25 of the query over the whole index (the first of the
 * first stage's list), so a case has the same features whichever list it is ranked in, and its place
 * in that order counts as 1 / log2(1 + place) ({@value #RANK_OUTSIDE} when outside the list); the
 * reasoning BM25 is divided by the best among the candidates; the sentence feature compares a candidate's
 * sentence with the median sentence of the top {@value #REFERENCE_TOP} candidates by BM25 and charges
 * (a query's own sentence is not known).
 */
public final class RankFeatures {
  /** The feature names, in vector order (the weights resource names them). */
  public static final List<String> NAMES = List.of(
      "bm25", "reasoning_bm25", "charge_jaccard", "charges_covered", "principal_charge",
      "amount_close", "amount_tier", "injury_same", "injury_differs", "drug_close",
      "circumstance_jaccard", "circumstance_differs", "sentence_close", "length_close", "bm25_rank");
  /** The place that counts for a candidate outside the first stage's list. */
  public static final int RANK_OUTSIDE = 150;
  static final int REFERENCE_TOP = 10;
  /** Upper bounds of the amount tiers in yuan (约数额较大 / 巨大 / 特别巨大 of the property crimes). */
  static final long[] AMOUNT_TIERS = {3_000, 30_000, 300_000, 3_000_000};

  private RankFeatures() {}

  /** One vector per candidate, in input order, with {@code cands} the whole first-stage list (its best BM25 the top). */
  public static double[][] of(Set<String> queryCharges, String principalCharge, CaseProfile query,
      List<FeatureCandidate> cands) {
    double best = 0;
    for (FeatureCandidate c : cands) {
      best = Math.max(best, c.bm25());
    }
    return of(queryCharges, principalCharge, query, cands, best);
  }

  /** One vector per candidate, in input order; {@code topBm25} is the query's best BM25 over the whole index. */
  public static double[][] of(Set<String> queryCharges, String principalCharge, CaseProfile query,
      List<FeatureCandidate> cands, double topBm25) {
    double bestBm25 = Math.max(0, topBm25);
    double bestReason = 0;
    for (FeatureCandidate c : cands) {
      bestBm25 = Math.max(bestBm25, c.bm25());
      bestReason = Math.max(bestReason, c.reasoningBm25());
    }
    double[] jac = new double[cands.size()];
    for (int i = 0; i < cands.size(); i++) {
      jac[i] = ChargeOverlapFusion.jaccard(queryCharges, cands.get(i).charges());
    }
    int reference = referenceMonths(cands, bestBm25, jac);
    double[][] out = new double[cands.size()][];
    for (int i = 0; i < cands.size(); i++) {
      FeatureCandidate c = cands.get(i);
      CaseProfile p = c.profile();
      double[] f = new double[NAMES.size()];
      f[0] = bestBm25 > 0 ? c.bm25() / bestBm25 : 0;
      f[1] = bestReason > 0 ? c.reasoningBm25() / bestReason : 0;
      f[2] = jac[i];
      f[3] = !queryCharges.isEmpty() && c.charges().containsAll(queryCharges) ? 1 : 0;
      f[4] = principalCharge != null && c.charges().contains(principalCharge) ? 1 : 0;
      if (query.amountYuan() > 0 && p.amountYuan() > 0) {
        f[5] = close(Math.log10(query.amountYuan()), Math.log10(p.amountYuan()), 2);
        f[6] = tier(query.amountYuan()) == tier(p.amountYuan()) ? 1 : 0;
      }
      if (query.injury() > 0 && p.injury() > 0) {
        f[7] = query.injury() == p.injury() ? 1 : 0;
        f[8] = query.injury() != p.injury() ? 1 : 0;
      }
      if (query.drugGrams() > 0 && p.drugGrams() > 0) {
        f[9] = close(Math.log10(query.drugGrams()), Math.log10(p.drugGrams()), 2);
      }
      Set<String> union = new HashSet<>(query.circumstances());
      union.addAll(p.circumstances());
      Set<String> shared = new HashSet<>(query.circumstances());
      shared.retainAll(p.circumstances());
      f[10] = union.isEmpty() ? 0 : (double) shared.size() / union.size();
      f[11] = Math.min(1, (union.size() - shared.size()) / 4.0);
      if (reference >= 0 && p.penaltyMonths() >= 0) {
        f[12] = close(Math.log(reference + 1), Math.log(p.penaltyMonths() + 1), 2);
      }
      if (query.factsLength() > 0 && p.factsLength() > 0) {
        f[13] = close(Math.log(query.factsLength()), Math.log(p.factsLength()), 2);
      }
      f[14] = 1 / (Math.log(1 + (c.bm25Rank() == 0 ? RANK_OUTSIDE : c.bm25Rank())) / Math.log(2));
      out[i] = f;
    }
    return out;
  }

  /**
   * Each score's place (from 1) in the order of {@code bm25}, best first, where scores equal to six
   * significant digits share the best place of their group: a place must not depend on the order in
   * which a backend returns ties, nor on the last bits of a sum. NaN (no BM25 score) gets 0.
   */
  public static int[] places(double[] bm25) {
    double[] key = new double[bm25.length];
    for (int i = 0; i < key.length; i++) {
      key[i] = Double.isNaN(bm25[i]) ? Double.NaN : round6(bm25[i]);
    }
    int[] out = new int[key.length];
    for (int i = 0; i < key.length; i++) {
      if (!Double.isNaN(key[i])) {
        out[i] = 1;
        for (double k : key) {
          out[i] += k > key[i] ? 1 : 0; // NaN is never greater
        }
      }
    }
    return out;
  }

  private static double round6(double v) {
    if (v == 0 || Double.isInfinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
  }

  /** The tier (0–4) of an amount in yuan. */
  public static int tier(long yuan) {
    int t = 0;
    while (t < AMOUNT_TIERS.length && yuan >= AMOUNT_TIERS[t]) {
      t++;
    }
    return t;
  }

  /** Median sentence (months) of the best candidates by BM25 plus charge overlap; -1 when none is known. */
  static int referenceMonths(List<FeatureCandidate> cands, double bestBm25, double[] jac) {
    Integer[] order = new Integer[cands.size()];
    double[] s = new double[cands.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      s[i] = (bestBm25 > 0 ? cands.get(i).bm25() / bestBm25 : 0) + ChargeOverlapFusion.DEFAULT_CHARGE_WEIGHT * jac[i];
    }
    Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
    List<Integer> months = new ArrayList<>();
    for (int i = 0; i < Math.min(REFERENCE_TOP, order.length); i++) {
      int m = cands.get(order[i]).profile().penaltyMonths();
      if (m >= 0) {
        months.add(m);
      }
    }
    if (months.isEmpty()) {
      return -1;
    }
    months.sort(null);
    return months.get(months.size() / 2);
  }

  /** 1 when equal, falling linearly to 0 at distance {@code range}. */
  private static double close(double a, double b, double range) {
    return Math.max(0, 1 - Math.abs(a - b) / range);
  }
}
