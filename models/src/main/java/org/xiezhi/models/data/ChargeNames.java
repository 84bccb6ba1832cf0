package org.xiezhi.models.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps charge names as judgments and users write them (贩卖毒品罪, 贩卖、运输毒品, 盗窃) onto CAIL's
 * label spelling ({@code 走私、贩卖、运输、制造毒品}, no trailing 罪): an exact match first, else the
 * shortest label that ends like the name and contains the name's characters in order (an
 * abbreviation of the label's alternatives), else the shortest label that holds the name's
 * characters in order and starts like it or has it as one of its 、-separated words (a name that
 * spells only some alternatives: 窝藏罪 → 窝藏、包庇, 骗取贷款罪 → 骗取贷款、票据承兑、金融票证).
 */
public final class ChargeNames {
  private final List<String> labels;
  private final List<String> compact = new ArrayList<>();

  public ChargeNames(List<String> cailLabels) {
    this.labels = List.copyOf(cailLabels);
    for (String l : labels) {
      compact.add(strip(l));
    }
  }

  /** The CAIL labels, in file order. */
  public List<String> labels() {
    return labels;
  }

  /** The CAIL label for a name in CAIL or judgment spelling, with or without 罪. */
  public Optional<String> toLabel(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String n = name.strip();
    if (n.endsWith("罪")) {
      n = n.substring(0, n.length() - 1);
    }
    n = n.replace("[", "").replace("]", "");
    int exact = labels.indexOf(n);
    if (exact >= 0) {
      return Optional.of(labels.get(exact));
    }
    String c = strip(n);
    if (c.length() < 2) {
      return Optional.empty();
    }
    String suffix = c.substring(c.length() - 2);
    int best = -1;
    for (int i = 0; i < labels.size(); i++) {
      String l = compact.get(i);
      if (l.equals(c)) {
        return Optional.of(labels.get(i));
      }
      if (l.endsWith(suffix) && isSubsequence(c, l) && (best < 0 || l.length() < compact.get(best).length())) {
        best = i;
      }
    }
    if (best >= 0) {
      return Optional.of(labels.get(best));
    }
    // A name that spells only some of a label's alternatives (窝藏罪 or 包庇罪 for 窝藏、包庇,
    // 骗取贷款罪 for 骗取贷款、票据承兑、金融票证, 强制猥亵罪 for 强制猥亵、侮辱妇女): the shortest
    // label holding the name's characters in order that starts like the name or has it as a word.
    for (int i = 0; i < labels.size(); i++) {
      String l = compact.get(i);
      boolean anchored = l.startsWith(c.substring(0, 2)) || words(labels.get(i)).contains(n);
      if (anchored && isSubsequence(c, l) && (best < 0 || l.length() < compact.get(best).length())) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(labels.get(best));
  }

  /** The label written as a charge name ending in 罪. */
  public static String displayName(String label) {
    return label.replace("[", "").replace("]", "") + "罪";
  }

  /** The words of a label: its 、-separated parts of two or more characters. */
  public static List<String> words(String label) {
    List<String> out = new ArrayList<>();
    for (String w : label.replace("[", "").replace("]", "").split("、")) {
      if (w.length() >= 2) {
        out.add(w);
      }
    }
    return out;
  }

  private static String strip(String s) {
    return s.replace("、", "").replace("或者", "").replace("[", "").replace("]", "");
  }

  private static boolean isSubsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length();
  }
}
