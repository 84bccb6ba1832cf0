package org.xiezhi.models.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The feature contract shared by training and serving: hashed character n-grams of the fact for
 * the charge and article models; for the term model the same plus sentencing signals
 * ({@link FactSignals}) and the case's charges ({@code C:}) and articles ({@code A:}).
 */
public final class Featurizer {
  /**
   * Facts longer than this many characters are cut when training (the opening carries the charge
   * facts). Measured on a held-out fifth of sample_train: 3,000 scored charges 0.8561 and articles
   * 0.7902 against 0.8577 and 0.7941 at 1,500.
   */
  public static final int MAX_CHARS = 1500;

  private final NgramHasher hasher;
  private final int maxChars;

  public Featurizer(int dimension, int maxN) {
    this(dimension, maxN, MAX_CHARS);
  }

  /** A featurizer cutting facts at {@code maxChars} (a served model's recorded input contract). */
  public Featurizer(int dimension, int maxN, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.hasher = new NgramHasher(dimension, maxN);
    this.maxChars = maxChars;
  }

  private String cut(String fact) {
    return fact == null || fact.length() <= maxChars ? fact : fact.substring(0, maxChars);
  }

  public int maxChars() {
    return maxChars;
  }

  public int dimension() {
    return hasher.dimension();
  }

  public int maxN() {
    return hasher.maxN();
  }

  /** Features of the charge and article models. */
  public HashedFeatures fact(String fact) {
    return hasher.features(cut(fact), List.of());
  }

  /** Features of the term model, given the charge labels and article numbers of the case. */
  public HashedFeatures term(String fact, Collection<String> charges, Collection<Integer> articles) {
    return term(fact, charges, articles, List.of());
  }

  /**
   * Features of the term model with {@code extra} signals (e.g. {@code R:<months>}, the statutory
   * range of each charge's base tier).
   */
  public HashedFeatures term(String fact, Collection<String> charges, Collection<Integer> articles,
      Collection<String> extra) {
    List<String> signals = new ArrayList<>(FactSignals.of(fact));
    signals.addAll(extra);
    for (String c : charges) {
      signals.add("C:" + c);
    }
    for (Integer a : articles) {
      signals.add("A:" + a);
    }
    return hasher.features(cut(fact), signals);
  }
}
