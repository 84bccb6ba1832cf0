package org.xiezhi.models.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps charge names as judgments and users write them (贩卖毒品罪, 贩卖、运输毒品, 盗窃) onto CAIL's
 * label spelling ({@code [走私、贩卖、运输、制造]毒品}): each bracketed group accepts any of its
 * alternatives, one or several joined by 、.
 */
public final class ChargeNames {
  private final List<String> labels;
  private final List<Pattern> patterns = new ArrayList<>();

  public ChargeNames(List<String> cailLabels) {
    this.labels = List.copyOf(cailLabels);
    for (String l : labels) {
      patterns.add(Pattern.compile(regex(l)));
    }
  }

  /** The CAIL labels, in file order. */
  public List<String> labels() {
    return labels;
  }

  /** The CAIL label for a name in CAIL or judgment spelling, with or without 罪. */
  public Optional<String> toLabel(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip();
    if (n.endsWith("罪")) {
      n = n.substring(0, n.length() - 1);
    }
    int exact = labels.indexOf(n);
    if (exact >= 0) {
      return Optional.of(labels.get(exact));
    }
    for (int i = 0; i < labels.size(); i++) {
      if (patterns.get(i).matcher(n).matches()) {
        return Optional.of(labels.get(i));
      }
    }
    return Optional.empty();
  }

  /** The label written as a charge name ending in 罪, brackets removed (盗窃罪, 走私、贩卖、运输、制造毒品罪). */
  public static String displayName(String label) {
    return label.replace("[", "").replace("]", "") + "罪";
  }

  /** The words of a label: its fixed parts and each bracketed alternative. */
  public static List<String> words(String label) {
    List<String> out = new ArrayList<>();
    for (String part : label.split("[\\[\\]]")) {
      for (String w : part.split("、")) {
        if (w.length() >= 2) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static String regex(String label) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < label.length()) {
      int open = label.indexOf('[', i);
      if (open < 0) {
        sb.append(Pattern.quote(label.substring(i)));
        break;
      }
      if (open > i) {
        sb.append(Pattern.quote(label.substring(i, open)));
      }
      int close = label.indexOf(']', open);
      StringBuilder alts = new StringBuilder();
      for (String a : label.substring(open + 1, close).split("、")) {
        if (alts.length() > 0) {
          alts.append('|');
        }
        alts.append(Pattern.quote(a));
      }
      sb.append("(?:").append(alts).append(")(?:(?:、|或者|和)?(?:").append(alts).append("))*");
      i = close + 1;
    }
    return sb.toString();
  }
}
