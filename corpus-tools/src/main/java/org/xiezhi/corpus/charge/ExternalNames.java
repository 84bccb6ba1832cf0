package org.xiezhi.corpus.charge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.statute.ArticleRef;

/**
 * Turns the applied charge ledger into catalogue entries and aligns the CAIL2018 and LeCaRD
 * spellings: an exact match on the normalised name (current or former), else a group label equal
 * (or one character off) to a chapter or section title of the special part, such as 走私 or
 * 组织、强迫、引诱、容留、介绍卖淫, which becomes a group entry over the charges of that title.
 */
record ExternalNames(List<ChargeEntry> entries, Map<String, ChargeEntry> byKey,
    List<String> unmappedCail, List<String> unmappedLecard) {

  /**
   * Labels that name no charge and no heading literally; each is our reading, kept as data here
   * and listed in docs/statutes.md. 经济犯 (CAIL) is read as the chapter 破坏社会主义市场经济秩序罪.
   */
  static final Map<String, String> GROUP_ALIASES = Map.of("经济犯", "破坏社会主义市场经济秩序罪");

  /**
   * Spellings that name a charge under a name no charge-name document uses; our reading, listed in
   * docs/statutes.md. 侮辱国歌罪: 刑法修正案（十） (2017) extended art. 299 to the anthem; the
   * 2021 supplement named the charge 侮辱国旗、国徽、国歌罪.
   */
  static final Map<String, String> CHARGE_ALIASES = Map.of("侮辱国歌罪", "侮辱国旗、国徽、国歌罪");

  private static final class Draft {
    final ChargeLedger.Charge charge;
    final String name;
    final List<String> articles;
    final List<String> provisions;
    final List<String> formerNames;
    final String source;
    String cail;
    String lecard;

    Draft(ChargeLedger.Charge c, String name, List<String> articles, List<String> provisions,
        List<String> formerNames, String source) {
      this.charge = c;
      this.name = name;
      this.articles = articles;
      this.provisions = provisions;
      this.formerNames = formerNames;
      this.source = source;
    }
  }

  static ExternalNames align(ChargeLedger ledger, List<String> cail, List<String> lecard,
      CriminalLawSections sections, List<String> problems) {
    List<Draft> drafts = new ArrayList<>();
    for (ChargeLedger.Charge c : ledger.active()) {
      drafts.add(draft(c, c.source));
    }
    for (ChargeLedger.Charge c : ledger.abolished()) {
      drafts.add(draft(c, "取消: " + c.abolishedBy));
    }
    Map<String, Draft> index = new HashMap<>();
    for (Draft d : drafts) {
      index.put(ChargeNames.key(d.name), d);
    }
    for (Draft d : drafts) {
      for (String f : d.formerNames) {
        index.putIfAbsent(ChargeNames.key(f), d);
      }
    }
    List<String> unmappedCail = new ArrayList<>();
    List<String> unmappedLecard = new ArrayList<>();
    if (cail != null) {
      for (String n : cail) {
        Draft d = resolve(n, index, drafts, sections);
        if (d == null) {
          unmappedCail.add(n);
        } else if (d.cail == null) {
          d.cail = n;
        }
        if (d != null) {
          index.putIfAbsent(ChargeNames.key(n), d);
        }
      }
    }
    if (lecard != null) {
      for (String n : lecard) {
        Draft d = resolve(n, index, drafts, sections);
        if (d == null) {
          unmappedLecard.add(n);
        } else if (d.lecard == null) {
          d.lecard = n;
        }
        if (d != null) {
          index.putIfAbsent(ChargeNames.key(n), d);
        }
      }
    }
    Map<Draft, ChargeEntry> built = new LinkedHashMap<>();
    for (Draft d : drafts) {
      built.put(d, new ChargeEntry(d.name, d.articles, d.provisions, d.formerNames, d.cail,
          d.lecard, d.source));
    }
    Map<String, ChargeEntry> byKey = new HashMap<>();
    index.forEach((k, d) -> byKey.put(k, built.get(d)));
    List<ChargeEntry> entries = new ArrayList<>(built.values());
    entries.sort(Comparator.comparing(ChargeEntry::name));
    return new ExternalNames(entries, byKey, unmappedCail, unmappedLecard);
  }

  private static Draft draft(ChargeLedger.Charge c, String source) {
    List<String> provisions = new ArrayList<>();
    for (ArticleRef r : c.provisions) {
      provisions.add(r.fullLabel());
    }
    if (c.otherLaw != null) {
      provisions.add(c.otherLaw);
    }
    return new Draft(c, c.name, ChargeCatalogue.articleLabels(c.provisions), provisions,
        new ArrayList<>(c.formerNames), source);
  }

  private static Draft resolve(String name, Map<String, Draft> index, List<Draft> drafts,
      CriminalLawSections sections) {
    String key = ChargeNames.key(name);
    Draft d = index.get(key);
    if (d != null) {
      return d;
    }
    String alias = CHARGE_ALIASES.get(ChargeNames.withZui(name));
    if (alias != null && index.containsKey(ChargeNames.key(alias))) {
      return index.get(ChargeNames.key(alias));
    }
    String heading = GROUP_ALIASES.get(name.strip());
    if (heading == null) {
      for (String h : sections.articlesByHeading().keySet()) {
        String hk = ChargeNames.key(h);
        if (hk.equals(key) || (key.length() >= 6 && oneSubstitution(hk, key))) {
          heading = h;
          break;
        }
      }
    }
    if (heading == null || !sections.articlesByHeading().containsKey(heading)) {
      return null;
    }
    Set<Integer> numbers = new LinkedHashSet<>(sections.articlesByHeading().get(heading));
    TreeSet<String> members = new TreeSet<>();
    List<ArticleRef> refs = new ArrayList<>();
    for (Draft x : drafts) {
      if (x.source.startsWith("取消")) {
        continue;
      }
      boolean inside = !x.charge.provisions.isEmpty()
          && x.charge.provisions.stream().allMatch(r -> numbers.contains(r.number()));
      if (inside) {
        members.add(x.name);
        refs.addAll(x.charge.provisions);
      }
    }
    refs.sort(Comparator.comparingInt(ArticleRef::number).thenComparingInt(ArticleRef::suffix));
    ChargeLedger.Charge group = new ChargeLedger.Charge(ChargeNames.withZui(name), List.of(), null, null);
    Draft g = new Draft(group, ChargeNames.withZui(name), ChargeCatalogue.articleLabels(refs),
        new ArrayList<>(), new ArrayList<>(), "group: " + heading + " — " + String.join("、", members));
    drafts.add(g);
    index.put(key, g);
    return g;
  }

  private static boolean oneSubstitution(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length() && diff <= 1; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        diff++;
      }
    }
    return diff == 1;
  }
}
