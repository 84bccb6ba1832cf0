package org.xiezhi.indexer.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the second-stage similar-case ranker knows of one case besides its text: the money amount
 * at stake, the gravest injury, the drug weight, the sentencing circumstances of its facts, the number
 * of defendants, the first defendant's sentence and the facts' length. Built by {@link CaseProfiles};
 * the index keeps it per case in a compact line ({@link #encode()}), so ranking reads no records.
 *
 * @param amountYuan the amount in yuan, -1 when the facts name none
 * @param injury the gravest harm named: 0 none, 1 轻微伤, 2 轻伤, 3 重伤, 4 死亡
 * @param drugGrams the largest drug weight named, -1 when none
 * @param circumstances codes of {@link org.xiezhi.corpus.facts.CircumstanceDetector} found in the facts
 * @param defendants the number of defendants (0 when unknown, e.g. a query)
 * @param penaltyMonths the first defendant's final sentence in months (life 300, death with reprieve
 *     360, death 420, exempt or fine only 0), -1 when unknown
 * @param penalty the sentence in words (empty when unknown)
 * @param factsLength characters of the facts
 */
public record CaseProfile(
    long amountYuan,
    int injury,
    double drugGrams,
    Set<String> circumstances,
    int defendants,
    int penaltyMonths,
    String penalty,
    int factsLength) {
  /** Version tag of the encoded form. */
  static final String VERSION = "p1";

  public CaseProfile {
    circumstances = circumstances == null ? Set.of() : Set.copyOf(new TreeSet<>(circumstances));
    penalty = penalty == null ? "" : penalty;
  }

  /** One line: {@code p1|amount|injury|drug|c1,c2|defendants|months|penalty|length}. */
  public String encode() {
    return String.join("|", VERSION, Long.toString(amountYuan), Integer.toString(injury),
        String.format(Locale.ROOT, "%.3f", drugGrams), String.join(",", new TreeSet<>(circumstances)),
        Integer.toString(defendants), Integer.toString(penaltyMonths), penalty.replace('|', ' '),
        Integer.toString(factsLength));
  }

  /** Parses {@link #encode()}'s line; null when it is not one (another version, damaged). */
  public static CaseProfile decode(String line) {
    if (line == null) {
      return null;
    }
    String[] p = line.split("\\|", -1);
    if (p.length != 9 || !VERSION.equals(p[0])) {
      return null;
    }
    try {
      List<String> circ = new ArrayList<>();
      for (String c : p[4].split(",")) {
        if (!c.isEmpty()) {
          circ.add(c);
        }
      }
      return new CaseProfile(Long.parseLong(p[1]), Integer.parseInt(p[2]), Double.parseDouble(p[3]),
          Set.copyOf(circ), Integer.parseInt(p[5]), Integer.parseInt(p[6]), p[7], Integer.parseInt(p[8]));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
