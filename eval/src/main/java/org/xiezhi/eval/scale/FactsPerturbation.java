package org.xiezhi.eval.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Perturbs a fact description into a synthetic copy, seeded, by three rules and nothing else: (1) the
 * sentences (split after each 。) are shuffled; (2) every money amount ({@code 123元}, {@code 1.5万元})
 * and weight ({@code 3.2克}, {@code 2千克}, {@code 1公斤}) is multiplied by one factor drawn per copy,
 * uniform in [0.5, 2), keeping its number of decimals (integers stay integers, at least 1); (3) every
 * place-like word (two Chinese characters followed by 省, 市, 县, 区, 镇, 乡 or 村, such as 翠湖区;
 * a longer name loses only its last two characters and suffix) is replaced by one drawn from {@code places}. The same seed gives the same copy.
 */
public final class FactsPerturbation {
  /** A number with a money or weight unit. */
  static final Pattern QUANTITY = Pattern.compile("(\\d+(?:\\.\\d+)?)(余?)(万元|元|千克|公斤|克)");
  /** A place-like word. */
  static final Pattern PLACE = Pattern.compile("\\p{IsHan}{2}[省市县区镇乡村]");

  private final List<String> places;

  /** {@code places}: the words a place is replaced by (e.g. those of the source corpus); may be empty. */
  public FactsPerturbation(List<String> places) {
    this.places = List.copyOf(places);
  }

  /** The place-like words of {@code text}, in order (with repeats). */
  public static List<String> places(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      Matcher m = PLACE.matcher(text);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** The perturbed copy of {@code facts} for {@code seed} (null and blank facts come back unchanged). */
  public String perturb(String facts, long seed) {
    if (facts == null || facts.isBlank()) {
      return facts;
    }
    Random rnd = new Random(seed);
    double factor = 0.5 + 1.5 * rnd.nextDouble();
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < facts.length(); i++) {
      if (facts.charAt(i) == '。') {
        sentences.add(facts.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < facts.length()) {
      sentences.add(facts.substring(start));
    }
    Collections.shuffle(sentences, rnd);
    String text = String.join("", sentences);
    text = scaleQuantities(text, factor);
    if (places.isEmpty()) {
      return text;
    }
    Matcher m = PLACE.matcher(text);
    StringBuilder b = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(places.get(rnd.nextInt(places.size()))));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** {@code text} with every amount and weight multiplied by {@code factor}. */
  static String scaleQuantities(String text, double factor) {
    Matcher m = QUANTITY.matcher(text);
    StringBuilder b = new StringBuilder(text.length());
    while (m.find()) {
      BigDecimal v = new BigDecimal(m.group(1));
      int scale = Math.max(0, v.scale());
      BigDecimal scaled = v.multiply(BigDecimal.valueOf(factor)).setScale(scale, RoundingMode.HALF_UP);
      if (scaled.signum() == 0) {
        scaled = BigDecimal.ONE.movePointLeft(scale);
      }
      m.appendReplacement(b, Matcher.quoteReplacement(scaled.toPlainString() + m.group(2) + m.group(3)));
    }
    m.appendTail(b);
    return b.toString();
  }
}
