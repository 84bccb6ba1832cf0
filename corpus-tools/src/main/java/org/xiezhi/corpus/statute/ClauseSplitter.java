package org.xiezhi.corpus.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xiezhi.corpus.model.PenaltyRange;
import org.xiezhi.corpus.model.StatuteClause;

/**
 * Splits an article's paragraphs into 款 (paragraphs) and their 项 (items: paragraphs starting
 * （一）, （二）, …), reading the penalty tiers of each 款 and its items when asked.
 */
public final class ClauseSplitter {
  private static final Pattern ITEM = Pattern.compile("^[（(][一二三四五六七八九十]+[）)].*");
  private static final Pattern ITEM_MARKER = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");

  private ClauseSplitter() {}

  /** True when the paragraph is a 项 (starts with （一） etc.). */
  public static boolean isItem(String paragraph) {
    return ITEM.matcher(paragraph).matches();
  }

  /** The clauses of one article; penalties are read only when {@code withPenalties}. */
  public static List<StatuteClause> split(List<String> paragraphs, boolean withPenalties) {
    List<StatuteClause> out = new ArrayList<>();
    String text = null;
    List<String> items = new ArrayList<>();
    for (String p : paragraphs) {
      if (isItem(p) && text != null) {
        items.add(p);
        continue;
      }
      if (text != null) {
        out.add(clause(out.size() + 1, text, items, withPenalties));
      }
      text = p;
      items = new ArrayList<>();
    }
    if (text != null) {
      out.add(clause(out.size() + 1, text, items, withPenalties));
    }
    return out;
  }

  private static StatuteClause clause(int n, String text, List<String> items, boolean withPenalties) {
    List<PenaltyRange> penalties = new ArrayList<>();
    if (withPenalties) {
      penalties.addAll(PenaltyParser.parse(text));
      for (String item : items) {
        penalties.addAll(PenaltyParser.parse(ITEM_MARKER.matcher(item).replaceFirst("")));
      }
    }
    return new StatuteClause(n, text, items, penalties);
  }
}
