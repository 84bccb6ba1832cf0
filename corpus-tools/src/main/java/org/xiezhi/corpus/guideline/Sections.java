package org.xiezhi.corpus.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The guideline's body grouped into sections （一）… with the lines under each. */
record Sections(List<Section> sections, List<GuidelineParser.Node> loose) {
  private static final Pattern SECTION = Pattern.compile("^(?:###\\s*)?（([一二三四五六七八九十]+)）(.*)$");

  /** A section: its part (一…五), the part's title, its number, heading line and the lines below. */
  record Section(String part, String partTitle, String number, String heading, List<String> lines) {}

  static Sections of(List<GuidelineParser.Node> nodes) {
    List<Section> out = new ArrayList<>();
    List<GuidelineParser.Node> loose = new ArrayList<>();
    Section cur = null;
    for (GuidelineParser.Node n : nodes) {
      Matcher m = SECTION.matcher(n.line());
      if (m.matches()) {
        cur = new Section(n.part(), n.partTitle(), m.group(1), m.group(2).strip(), new ArrayList<>());
        out.add(cur);
      } else if (cur != null && cur.part().equals(n.part())) {
        cur.lines().add(n.line());
      } else {
        loose.add(n);
      }
    }
    return new Sections(out, loose);
  }

  /** The part's sections with that number, e.g. part 二 section 二. */
  Section find(String part, String number) {
    for (Section s : sections) {
      if (s.part().equals(part) && s.number().equals(number)) {
        return s;
      }
    }
    return null;
  }
}
