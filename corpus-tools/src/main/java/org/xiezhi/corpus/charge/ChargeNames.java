package org.xiezhi.corpus.charge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one place where charge names are normalised and matched. Static helpers: the lookup key of
 * a spelling (no trailing 罪, no spaces or 、, 帐 → 账, 剌 → 刺 (a misprint of 刺探 in the sources),
 * full-width brackets), the name with or without 罪, whether a parsed charge belongs to a group
 * name (贩卖毒品罪 belongs to 走私、贩卖、运输、制造毒品罪). An instance over a label list (CAIL's
 * {@code accu.txt}, LeCaRD's {@code criminal_charges.txt}) finds the labels a case name contains and
 * maps names as judgments and users write them (贩卖毒品罪, 贩卖、运输毒品, 盗窃) onto the label
 * spelling ({@code 走私、贩卖、运输、制造毒品}, no trailing 罪): an exact match first, else the shortest
 * label that ends like the name and contains the name's characters in order (an abbreviation of the
 * label's alternatives), else the shortest label that holds the name's characters in order and
 * starts like it or has it as one of its 、-separated words (a name that spells only some
 * alternatives: 窝藏罪 → 窝藏、包庇, 骗取贷款罪 → 骗取贷款、票据承兑、金融票证).
 */
public final class ChargeNames {
  private final List<String> labels;
  private final List<String> compact = new ArrayList<>();
  /** The labels without 罪, two characters or more, longest first: for {@link #namedIn}. */
  private final List<String> longestFirst;

  /** {@code labels}: charge names with or without 罪, in file order. */
  public ChargeNames(List<String> labels) {
    this.labels = List.copyOf(labels);
    List<String> n = new ArrayList<>();
    for (String l : this.labels) {
      compact.add(strip(l));
      String b = bare(l.strip());
      if (b.length() >= 2 && !n.contains(b)) {
        n.add(b);
      }
    }
    n.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.longestFirst = List.copyOf(n);
  }

  /** The lookup key of a spelling. */
  public static String key(String name) {
    String s = name.strip().replaceAll("[\\s\\u3000、，,]+", "")
        .replace('帐', '账').replace('剌', '刺').replace('(', '（').replace(')', '）');
    while (s.endsWith("罪") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The name with its trailing 罪. */
  public static String withZui(String name) {
    String s = name.strip();
    return s.endsWith("罪") ? s : s + "罪";
  }

  /** A name without its trailing 罪. */
  public static String bare(String charge) {
    return charge.endsWith("罪") ? charge.substring(0, charge.length() - 1) : charge;
  }

  /** The labels, in file order. */
  public List<String> labels() {
    return labels;
  }

  /** The labels (without 罪) that {@code caseName} contains, longest first, not overlapping. */
  public List<String> namedIn(String caseName) {
    List<String> out = new ArrayList<>();
    if (caseName == null) {
      return out;
    }
    StringBuilder rest = new StringBuilder(caseName);
    for (String n : longestFirst) {
      int i = rest.indexOf(n);
      if (i >= 0) {
        out.add(n);
        for (int k = i; k < i + n.length(); k++) {
          rest.setCharAt(k, '□');
        }
      }
    }
    return out;
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

  /**
   * True when {@code parsed} (with or without 罪) is {@code named} or one of the acts of a group name:
   * {@code 贩卖毒品} or {@code 贩卖、运输毒品} within {@code 走私、贩卖、运输、制造毒品}, {@code 骗取票据承兑}
   * within {@code 骗取贷款、票据承兑、金融票证} (the parsed name's characters appear in order in the group
   * name).
   */
  public static boolean belongsTo(String parsed, String named) {
    String p = bare(parsed);
    String n = bare(named);
    if (p.equals(n) || n.contains(p) || p.contains(n)) {
      return true;
    }
    if (n.contains("、") && p.length() >= 4 && isSubsequence(p.replace("、", ""), n)) {
      return true;
    }
    String[] groupParts = n.split("、");
    for (int k = 1; k < p.length(); k++) {
      String suffix = p.substring(k);
      if (!n.endsWith(suffix)) {
        continue;
      }
      String[] acts = p.substring(0, k).split("、");
      boolean all = acts.length > 0;
      for (String a : acts) {
        boolean found = false;
        for (String g : groupParts) {
          String gAct = g.endsWith(suffix) ? g.substring(0, g.length() - suffix.length()) : g;
          if (gAct.equals(a) || g.equals(a)) {
            found = true;
            break;
          }
        }
        all &= found;
      }
      if (all) {
        return true;
      }
    }
    return false;
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
