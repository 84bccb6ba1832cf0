package org.xiezhi.api.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.xiezhi.api.port.CaseSearchPort.Hit;

/**
 * One page of a case search's hit set: the hits the index ranked (at most {@link #HIT_SET}),
 * narrowed to the facet values chosen, sorted by relevance, date or court level, counted per facet
 * (over the narrowed set, so no count exceeds what can be listed) and cut to one page.
 */
final class SearchPages {
  /** The most hits one search ranks, sorts and pages through. */
  static final int HIT_SET = 200;
  /** Sort orders: the index's relevance, newest first, highest court first. */
  static final List<String> SORTS = List.of("relevance", "date", "level");
  /** Court levels, highest first; the last for a court the judgment does not name. */
  static final List<String> LEVELS = List.of("最高人民法院", "高级人民法院", "中级人民法院", "基层人民法院", "未载明");
  static final String UNSTATED = "未载明";

  /** The facets, by the name requests and answers use, with each hit's values. */
  static final Map<String, Function<Hit, List<String>>> FACETS = facets();

  private SearchPages() {}

  private static Map<String, Function<Hit, List<String>>> facets() {
    Map<String, Function<Hit, List<String>>> m = new LinkedHashMap<>();
    m.put("charges", h -> h.charges().isEmpty() ? List.of(UNSTATED) : h.charges());
    m.put("region", h -> List.of(orUnstated(h.region())));
    m.put("year", h -> List.of(h.year() == null ? UNSTATED : String.valueOf(h.year())));
    m.put("level", h -> List.of(courtLevel(h.court())));
    m.put("procedure", h -> List.of(orUnstated(h.procedure())));
    return m;
  }

  /** The page: hits after {@code offset} (at most {@code limit}), how many matched, and the facet counts. */
  record Page(List<Hit> hits, int matched, Map<String, Map<String, Long>> facets) {}

  /** The level of a court from its name (基层 when it names none of the higher ones). */
  static String courtLevel(String court) {
    if (court == null || court.isBlank()) {
      return UNSTATED;
    }
    for (String level : LEVELS.subList(0, 3)) {
      if (court.contains(level)) {
        return level;
      }
    }
    return "基层人民法院";
  }

  static Page page(List<Hit> ranked, Map<String, List<String>> chosen, String sort, int offset, int limit) {
    List<Hit> kept = new ArrayList<>();
    for (Hit h : ranked) {
      boolean all = true;
      for (Map.Entry<String, List<String>> c : chosen.entrySet()) {
        if (!c.getValue().isEmpty() && FACETS.get(c.getKey()).apply(h).stream().noneMatch(c.getValue()::contains)) {
          all = false;
          break;
        }
      }
      if (all) {
        kept.add(h);
      }
    }
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    FACETS.forEach((name, values) -> {
      Map<String, Long> m = new LinkedHashMap<>();
      for (Hit h : kept) {
        values.apply(h).stream().distinct().forEach(v -> m.merge(v, 1L, Long::sum));
      }
      chosen.getOrDefault(name, List.of()).forEach(v -> m.putIfAbsent(v, 0L));
      Map<String, Long> sorted = new LinkedHashMap<>();
      m.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      counts.put(name, sorted);
    });
    List<Hit> ordered = new ArrayList<>(kept);
    switch (sort) {
      case "date" -> ordered.sort(Comparator.comparing(SearchPages::dateKey, Comparator.reverseOrder()));
      case "level" -> ordered.sort(Comparator.comparingInt(h -> LEVELS.indexOf(courtLevel(h.court()))));
      default -> { }
    }
    List<Hit> page = offset >= ordered.size() ? List.of() : ordered.subList(offset, Math.min(ordered.size(), offset + limit));
    return new Page(List.copyOf(page), kept.size(), counts);
  }

  /** The date as yyyy-mm-dd, else the year; "" (last when newest first) when neither is known. */
  private static String dateKey(Hit h) {
    if (h.date() != null && !h.date().isBlank()) {
      return h.date();
    }
    return h.year() == null ? "" : String.format(Locale.ROOT, "%04d", h.year());
  }

  private static String orUnstated(String s) {
    return s == null || s.isBlank() ? UNSTATED : s;
  }
}
