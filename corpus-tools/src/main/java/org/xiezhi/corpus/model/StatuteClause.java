package org.xiezhi.corpus.model;

import java.util.List;

/** One 款 of a statute article with its 项 and the penalty tiers it states. */
public record StatuteClause(int paragraph, String text, List<String> items, List<PenaltyRange> penalties) {
  public StatuteClause {
    items = items == null ? List.of() : List.copyOf(items);
    penalties = penalties == null ? List.of() : List.copyOf(penalties);
  }
}
