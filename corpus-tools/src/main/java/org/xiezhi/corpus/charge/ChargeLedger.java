package org.xiezhi.corpus.charge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.corpus.statute.ArticleRef;

/**
 * The charges as the charge-name documents are applied one after another: the 1997 opinion adds,
 * each supplement renames (取消A罪名 beside a new name), merges, restates provisions, adds, or
 * abolishes. A new name stated for exactly the provisions of an existing charge whose name it
 * extends (盗窃、抢夺枪支、弹药、爆炸物罪 → …、危险物质罪) replaces it even without 取消.
 */
final class ChargeLedger {
  /** One charge while the documents are applied. */
  static final class Charge {
    String name;
    List<ArticleRef> provisions;
    String otherLaw;
    final Set<String> formerNames = new LinkedHashSet<>();
    String source;
    String abolishedBy;

    Charge(String name, List<ArticleRef> provisions, String otherLaw, String source) {
      this.name = name;
      this.provisions = List.copyOf(provisions);
      this.otherLaw = otherLaw;
      this.source = source;
    }
  }

  private static final int MIN_SHARED_PREFIX = 4;

  private final Map<String, Charge> active = new LinkedHashMap<>();
  private final List<Charge> abolished = new ArrayList<>();
  private final List<String> problems;

  ChargeLedger(List<String> problems) {
    this.problems = problems;
  }

  /** Adds a charge from the base opinion. */
  void add(ChargeNameDocuments.Stated st, String source) {
    String key = ChargeNames.key(st.name());
    if (active.containsKey(key)) {
      Charge c = active.get(key);
      List<ArticleRef> merged = new ArrayList<>(c.provisions);
      merged.addAll(st.provisions());
      c.provisions = List.copyOf(new LinkedHashSet<>(merged));
      return;
    }
    active.put(key, new Charge(st.name(), st.provisions(), st.otherLaw(), source));
  }

  /** Applies one statement of a supplement. */
  void apply(ChargeNameDocuments.Stated st, String source) {
    List<Charge> ended = new ArrayList<>();
    for (String old : st.cancelled()) {
      Charge c = active.remove(ChargeNames.key(old));
      if (c != null) {
        ended.add(c);
      } else if (!isFormerName(old)) {
        // Names of the court's 1997 list that the procuratorate's opinion spelt differently.
        problems.add(source + ": cancelled name " + old
            + " is not in the 1997 opinion read; kept as a former name");
        ended.add(new Charge(old, List.of(), null, source));
      }
    }
    if (st.name() == null) {
      for (Charge c : ended) {
        c.abolishedBy = source;
        abolished.add(c);
      }
      return;
    }
    String key = ChargeNames.key(st.name());
    Charge target = active.get(key);
    if (target == null && ended.isEmpty()) {
      target = implicitPredecessor(st, source);
      if (target != null) {
        active.remove(ChargeNames.key(target.name));
        ended.add(target);
        target = null;
      }
    }
    if (target == null) {
      target = new Charge(st.name(), st.provisions(), st.otherLaw(), source);
      active.put(key, target);
    } else if (!st.provisions().isEmpty() || st.otherLaw() != null) {
      target.provisions = st.provisions();
      target.otherLaw = st.otherLaw();
      target.source = source;
    }
    for (Charge c : ended) {
      if (c != target) {
        target.formerNames.add(c.name);
        target.formerNames.addAll(c.formerNames);
      }
    }
  }

  private boolean isFormerName(String name) {
    String key = ChargeNames.key(name);
    for (Charge c : active.values()) {
      for (String f : c.formerNames) {
        if (ChargeNames.key(f).equals(key)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The number of current charges. */
  int activeCount() {
    return active.size();
  }

  /**
   * An earlier charge the statement replaces without saying 取消: same provisions, a name sharing
   * its first characters, and not stated by the same document (执行判决、裁定失职罪；执行判决、裁定滥用职权罪
   * are two charges of one row).
   */
  private Charge implicitPredecessor(ChargeNameDocuments.Stated st, String source) {
    if (st.provisions().isEmpty()) {
      return null;
    }
    Set<ArticleRef> wanted = new LinkedHashSet<>(st.provisions());
    for (Charge c : active.values()) {
      if (!source.equals(c.source) && new LinkedHashSet<>(c.provisions).equals(wanted)
          && sharedPrefix(c.name, st.name()) >= MIN_SHARED_PREFIX) {
        return c;
      }
    }
    return null;
  }

  private static int sharedPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /**
   * Moves a provision of a charge to the 款 the current text gives it, when an amendment
   * renumbered the 款 and no supplement restated it; reported in problems.
   */
  void renumber(String chargeName, ArticleRef from, ArticleRef to, String why) {
    Charge c = active.get(ChargeNames.key(chargeName));
    if (c == null || !c.provisions.contains(from)) {
      problems.add("renumbering not applied (charge or provision not found): " + chargeName + " " + from.fullLabel());
      return;
    }
    List<ArticleRef> moved = new ArrayList<>();
    for (ArticleRef r : c.provisions) {
      moved.add(r.equals(from) ? to : r);
    }
    c.provisions = List.copyOf(moved);
    problems.add(chargeName + ": " + from.fullLabel() + " read as " + to.fullLabel() + " (" + why + ")");
  }

  List<Charge> active() {
    return new ArrayList<>(active.values());
  }

  List<Charge> abolished() {
    return abolished;
  }
}
