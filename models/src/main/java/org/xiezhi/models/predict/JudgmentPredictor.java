package org.xiezhi.models.predict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.charge.ChargeNames;
import org.xiezhi.models.data.ChargeStatutes;
import org.xiezhi.models.features.Featurizer;
import org.xiezhi.models.train.TermScale;

/**
 * Predicts charges, articles and the prison term of a fact description from the three classifiers.
 * The best label is always predicted, and every other label whose score reaches {@code ratio} times
 * the best score. With a charge-to-article table (from the catalogue) the articles are the defining
 * articles of the predicted charges, else the article model's picks. When the
 * caller gives charges or articles, the term is predicted with them instead of the predicted ones.
 * Thread-safe when its score functions are.
 */
public final class JudgmentPredictor {
  private static final int TOP = 5;
  private final Featurizer featurizer;
  private final List<String> chargeLabels;
  private final List<Integer> articleLabels;
  private final ScoreFunction charges;
  private final ScoreFunction articles;
  private final ScoreFunction term;
  private final float ratio;
  private final String model;
  private final Map<String, Integer> chargeArticles;
  private final Map<String, Integer> chargeRanges;

  /** A predictor whose articles come from the article model alone. */
  public JudgmentPredictor(
      Featurizer featurizer,
      List<String> chargeLabels,
      List<Integer> articleLabels,
      ScoreFunction charges,
      ScoreFunction articles,
      ScoreFunction term,
      float ratio,
      String model) {
    this(featurizer, chargeLabels, articleLabels, charges, articles, term, ratio, model, Map.of(), Map.of());
  }

  /**
   * A predictor that cites, for each predicted charge, its defining article from
   * {@code chargeArticles} (CAIL label to article number), and the article model's best only when
   * no predicted charge has one; and that gives the term model the {@code R:} signal of each of the
   * case's charges from {@code chargeRanges} (label to base-tier upper bound in months; empty when
   * the term model was trained without it).
   */
  public JudgmentPredictor(
      Featurizer featurizer,
      List<String> chargeLabels,
      List<Integer> articleLabels,
      ScoreFunction charges,
      ScoreFunction articles,
      ScoreFunction term,
      float ratio,
      String model,
      Map<String, Integer> chargeArticles,
      Map<String, Integer> chargeRanges) {
    this.chargeArticles = Map.copyOf(chargeArticles);
    this.chargeRanges = Map.copyOf(chargeRanges);
    this.featurizer = featurizer;
    this.chargeLabels = List.copyOf(chargeLabels);
    this.articleLabels = List.copyOf(articleLabels);
    this.charges = charges;
    this.articles = articles;
    this.term = term;
    this.ratio = ratio;
    this.model = model;
  }

  /** The charge labels (CAIL spelling) the charge model scores, in output order. */
  public List<String> chargeLabels() {
    return chargeLabels;
  }

  /** The model versions behind the predictions, {@code id@version} joined by {@code +}. */
  public String model() {
    return model;
  }

  /** Predicts from the facts alone. */
  public Prediction predict(String fact) {
    return predict(fact, null, null);
  }

  /**
   * Predicts for {@code fact}; {@code givenCharges} (CAIL labels) and {@code givenArticles} may be
   * null or empty, otherwise they are used as the case's charges/articles for the term.
   */
  public Prediction predict(String fact, Collection<String> givenCharges, Collection<Integer> givenArticles) {
    var fx = featurizer.fact(fact);
    float[] cs = charges.scores(fx);
    float[] as = articles.scores(fx);
    List<Integer> ci = pick(cs);
    List<Integer> ai = pick(as);
    List<String> chargeOut = new ArrayList<>();
    for (int i : ci) {
      chargeOut.add(chargeLabels.get(i));
    }
    List<Integer> articleOut = articlesOf(chargeOut);
    if (articleOut.isEmpty()) {
      for (int i : ai) {
        articleOut.add(articleLabels.get(i));
      }
    }
    boolean chargesGiven = givenCharges != null && !givenCharges.isEmpty();
    Collection<String> termCharges = chargesGiven ? givenCharges : chargeOut;
    Collection<Integer> termArticles = articleOut;
    if (givenArticles != null && !givenArticles.isEmpty()) {
      termArticles = givenArticles;
    } else if (chargesGiven && !articlesOf(givenCharges).isEmpty()) {
      termArticles = articlesOf(givenCharges);
    }
    float[] ts = term.scores(featurizer.term(fact, termCharges, termArticles,
        ChargeStatutes.rangeSignals(chargeRanges, termCharges)));
    int cls = TermScale.decode(ts);
    List<String> chargeNames = new ArrayList<>();
    for (String c : chargeOut) {
      chargeNames.add(ChargeNames.displayName(c));
    }
    return new Prediction(
        chargeNames,
        articleOut,
        TermScale.months(cls),
        cls == TermScale.DEATH,
        cls == TermScale.LIFE,
        top(cs, chargeLabels),
        top(as, articleLabels),
        ts[cls],
        model);
  }

  /** The defining articles of {@code chargeLabels} (distinct, in order); empty without a catalogue. */
  private List<Integer> articlesOf(Collection<String> chargeLabels) {
    List<Integer> out = new ArrayList<>();
    for (String c : chargeLabels) {
      Integer a = chargeArticles.get(c);
      if (a != null && !out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /** Indices predicted from scores, best first: the best and all within {@code ratio} of it. */
  List<Integer> pick(float[] s) {
    List<Integer> out = new ArrayList<>();
    int best = 0;
    for (int i = 0; i < s.length; i++) {
      if (s[i] > s[best]) {
        best = i;
      }
    }
    for (int i = 0; i < s.length; i++) {
      if (i == best || s[best] > 0 && s[i] >= ratio * s[best]) {
        out.add(i);
      }
    }
    out.sort((a, b) -> Float.compare(s[b], s[a]));
    return out;
  }

  private static <T> Map<String, Float> top(float[] s, List<T> labels) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      idx.add(i);
    }
    idx.sort((a, b) -> Float.compare(s[b], s[a]));
    Map<String, Float> out = new LinkedHashMap<>();
    for (int k = 0; k < Math.min(TOP, idx.size()); k++) {
      int i = idx.get(k);
      out.put(String.valueOf(labels.get(i)), Math.round(s[i] * 10000f) / 10000f);
    }
    return out;
  }
}
