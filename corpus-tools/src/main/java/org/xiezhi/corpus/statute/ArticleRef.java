package org.xiezhi.corpus.statute;

import java.util.Locale;

/**
 * A reference to one article (optionally its 款 and 项) of a law, e.g. 刑法第133条之一第二款.
 *
 * <p>{@link #id()} is the stable statute id ({@code 刑法:133-1}); {@link #label()} the canonical
 * citation of the article ({@code 刑法第133条之一}); {@link #fullLabel()} adds 款/项
 * ({@code 刑法第133条之一第2款}). {@code paragraph} and {@code item} are null when not given.
 */
public record ArticleRef(String law, int number, int suffix, Integer paragraph, Integer item) {
  public ArticleRef {
    if (law == null || law.isBlank()) {
      throw new IllegalArgumentException("law is required");
    }
    if (number < 0 || suffix < 0) {
      throw new IllegalArgumentException("negative article number");
    }
  }

  /** Article {@code number} of the Criminal Law, e.g. 刑法第264条. */
  public static ArticleRef criminalLaw(int number) {
    return new ArticleRef(LawsSource.CRIMINAL_LAW, number, 0, null, null);
  }

  /**
   * The Criminal Law article numbers among {@code refs} (any form {@link ArticleRefParser#parse}
   * reads; 第133条之一 counts as 133, as CAIL numbers it), in order; others are skipped.
   */
  public static java.util.List<Integer> criminalLawNumbers(java.util.List<String> refs) {
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (String r : refs) {
      ArticleRefParser.parse(r).filter(a -> a.law().equals(LawsSource.CRIMINAL_LAW)).ifPresent(a -> out.add(a.number()));
    }
    return out;
  }

  /** The stable id, e.g. {@code 刑法:264} or {@code 刑法:133-1}. */
  public String id() {
    return law + ":" + number + (suffix > 0 ? "-" + suffix : "");
  }

  /** The canonical article label, e.g. {@code 刑法第264条} or {@code 刑法第133条之一}. */
  public String label() {
    return law + "第" + number + "条" + (suffix > 0 ? "之" + chineseSmall(suffix) : "");
  }

  /** The label with 款 and 项 where given, e.g. {@code 刑法第133条之一第2款第3项}. */
  public String fullLabel() {
    StringBuilder b = new StringBuilder(label());
    if (paragraph != null) {
      b.append(String.format(Locale.ROOT, "第%d款", paragraph));
    }
    if (item != null) {
      b.append(String.format(Locale.ROOT, "第%d项", item));
    }
    return b.toString();
  }

  /** This reference without 款 and 项 (the article itself). */
  public ArticleRef article() {
    return paragraph == null && item == null ? this : new ArticleRef(law, number, suffix, null, null);
  }

  /** 1..99 as Chinese numerals (之一 … 之十二). */
  static String chineseSmall(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
    return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
  }
}
