package org.xiezhi.corpus.judgment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches charge names against a case name such as {@code 张某走私、贩卖、运输、制造毒品一案}: finds the
 * catalogue names a case name contains, and decides whether a parsed charge belongs to a named one,
 * group names included (贩卖毒品罪 belongs to 走私、贩卖、运输、制造毒品罪).
 */
public final class ChargeNames {
  private final List<String> names;

  /** {@code catalogue}: charge names with or without 罪 (e.g. LeCaRD's criminal_charges.txt). */
  public ChargeNames(List<String> catalogue) {
    List<String> n = new ArrayList<>();
    for (String s : catalogue) {
      String b = bare(s.strip());
      if (b.length() >= 2 && !n.contains(b)) {
        n.add(b);
      }
    }
    n.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.names = List.copyOf(n);
  }

  /** A name without its trailing 罪. */
  public static String bare(String charge) {
    return charge.endsWith("罪") ? charge.substring(0, charge.length() - 1) : charge;
  }

  /** The catalogue names (without 罪) that {@code caseName} contains, longest first, not overlapping. */
  public List<String> namedIn(String caseName) {
    List<String> out = new ArrayList<>();
    if (caseName == null) {
      return out;
    }
    StringBuilder rest = new StringBuilder(caseName);
    for (String n : names) {
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
    if (n.contains("、") && p.length() >= 4 && subsequence(p.replace("、", ""), n)) {
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

  private static boolean subsequence(String p, String n) {
    int j = 0;
    for (int i = 0; i < n.length() && j < p.length(); i++) {
      if (n.charAt(i) == p.charAt(j)) {
        j++;
      }
    }
    return j == p.length();
  }
}
