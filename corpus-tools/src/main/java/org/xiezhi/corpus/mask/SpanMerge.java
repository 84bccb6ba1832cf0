package org.xiezhi.corpus.mask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders spans and drops those overlapping an earlier (or, at the same start, longer) one. */
final class SpanMerge {
  private SpanMerge() {}

  static List<PiiSpan> resolve(List<PiiSpan> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    spans.sort(
        Comparator.comparingInt(PiiSpan::start).thenComparing(Comparator.comparingInt(PiiSpan::end).reversed()));
    List<PiiSpan> out = new ArrayList<>(spans.size());
    int end = -1;
    for (PiiSpan s : spans) {
      if (s.start() >= end) {
        out.add(s);
        end = s.end();
      }
    }
    return out;
  }
}
