package org.xiezhi.advisor.law;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Effective dates of the Criminal Law amendments, for the 从旧兼从轻 check (art. 12): an article
 * changed after the act and before the judgment needs the lighter of the two versions.
 */
public final class Amendments {
  private static final Map<String, LocalDate> EFFECTIVE =
      Map.ofEntries(
          Map.entry("刑法修正案", LocalDate.of(1999, 12, 25)),
          Map.entry("刑法修正案（二）", LocalDate.of(2001, 8, 31)),
          Map.entry("刑法修正案（三）", LocalDate.of(2001, 12, 29)),
          Map.entry("刑法修正案（四）", LocalDate.of(2002, 12, 28)),
          Map.entry("刑法修正案（五）", LocalDate.of(2005, 2, 28)),
          Map.entry("刑法修正案（六）", LocalDate.of(2006, 6, 29)),
          Map.entry("刑法修正案（七）", LocalDate.of(2009, 2, 28)),
          Map.entry("刑法修正案（八）", LocalDate.of(2011, 5, 1)),
          Map.entry("刑法修正案（九）", LocalDate.of(2015, 11, 1)),
          Map.entry("刑法修正案（十）", LocalDate.of(2017, 11, 4)),
          Map.entry("刑法修正案（十一）", LocalDate.of(2021, 3, 1)),
          Map.entry("刑法修正案（十二）", LocalDate.of(2024, 3, 1)));

  private Amendments() {}

  /** When the named amendment took effect; the name may carry a date suffix such as (2023-12-29). */
  public static Optional<LocalDate> effective(String amendment) {
    if (amendment == null) {
      return Optional.empty();
    }
    String name = amendment.replaceAll("\\(.*\\)$", "").replace("中华人民共和国", "").trim();
    return Optional.ofNullable(EFFECTIVE.get(name));
  }
}
