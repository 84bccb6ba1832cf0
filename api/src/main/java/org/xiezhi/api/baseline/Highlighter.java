package org.xiezhi.api.baseline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The best window of a text for a query, HTML-escaped, with matched terms wrapped in {@code <mark>}. */
final class Highlighter {
  private Highlighter() {}

  static String highlight(String text, String query, int window) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    Set<String> q = new HashSet<>(Bigrams.strings(query));
    List<Bigrams.Term> terms = Bigrams.terms(text);
    boolean[] hit = new boolean[text.length()];
    for (Bigrams.Term t : terms) {
      if (q.contains(t.text())) {
        for (int i = t.start(); i < t.end(); i++) {
          hit[i] = true;
        }
      }
    }
    int best = 0;
    int bestCount = -1;
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      count += hit[i] ? 1 : 0;
      if (i >= window) {
        count -= hit[i - window] ? 1 : 0;
      }
      if (count > bestCount) {
        bestCount = count;
        best = Math.max(0, i - window + 1);
      }
    }
    int end = Math.min(text.length(), best + window);
    StringBuilder sb = new StringBuilder();
    if (best > 0) {
      sb.append('…');
    }
    boolean open = false;
    for (int i = best; i < end; i++) {
      if (hit[i] && !open) {
        sb.append("<mark>");
        open = true;
      } else if (!hit[i] && open) {
        sb.append("</mark>");
        open = false;
      }
      sb.append(escape(text.charAt(i)));
    }
    if (open) {
      sb.append("</mark>");
    }
    if (end < text.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> String.valueOf(c);
    };
  }
}
