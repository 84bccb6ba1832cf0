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
  /** Facts longer than this many characters are cut (the opening carries the charge facts). */
  public static final int MAX_CHARS = 1500;

  private final NgramHasher hasher;

  public Featurizer(int dimension, int maxN) {
    this.hasher = new NgramHasher(dimension, maxN);
  }

  private static String cut(String fact) {
    return fact == null || fact.length() <= MAX_CHARS ? fact : fact.substring(0, MAX_CHARS);
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
    List<String> signals = new ArrayList<>(FactSignals.of(fact));
    for (String c : charges) {
      signals.add("C:" + c);
    }
    for (Integer a : articles) {
      signals.add("A:" + a);
    }
    return hasher.features(cut(fact), signals);
  }
}
