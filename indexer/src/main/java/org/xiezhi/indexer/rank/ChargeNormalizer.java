package org.xiezhi.indexer.rank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a charge as a judgment writes it to its name in the charge catalogue, so that charges can be
 * compared: a catalogue name is kept; a name the catalogue lists only inside a combined name
 * ({@code 贩卖毒品罪} in {@code 走私、贩卖、运输、制造毒品罪}, {@code 窝藏罪} in {@code 窝藏、包庇罪}) maps
 * to the shortest combined name that holds all its characters; anything else is kept as written.
 */
public final class ChargeNormalizer {
  private final Set<String> names;
  private final List<String> combined = new ArrayList<>();
  private final ConcurrentHashMap<String, String> memo = new ConcurrentHashMap<>();

  /** @param catalogue the catalogue's charge names, each ending in 罪 */
  public ChargeNormalizer(List<String> catalogue) {
    this.names = new HashSet<>();
    for (String n : catalogue) {
      String s = n.strip();
      if (s.isEmpty()) {
        continue;
      }
      names.add(s);
      if (s.indexOf('、') >= 0) {
        combined.add(s);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("empty charge catalogue");
    }
  }

  /** The catalogue name of {@code charge}, or {@code charge} itself when none fits. */
  public String normalize(String charge) {
    String c = charge.strip();
    if (names.contains(c)) {
      return c;
    }
    return memo.computeIfAbsent(c, this::bestCombined);
  }

  /** Normalizes every charge, keeping the first-seen order and dropping duplicates. */
  public Set<String> normalizeAll(Iterable<String> charges) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : charges) {
      out.add(normalize(c));
    }
    return out;
  }

  private String bestCombined(String c) {
    Set<Integer> chars = new HashSet<>();
    c.codePoints().forEach(chars::add);
    String best = null;
    for (String n : combined) {
      if ((best == null || n.length() < best.length()) && containsAll(n, chars)) {
        best = n;
      }
    }
    return best == null ? c : best;
  }

  private static boolean containsAll(String name, Set<Integer> chars) {
    Set<Integer> have = new HashSet<>();
    name.codePoints().forEach(have::add);
    return have.containsAll(chars);
  }
}
