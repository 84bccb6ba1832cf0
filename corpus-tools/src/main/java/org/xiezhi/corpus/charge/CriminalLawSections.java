package org.xiezhi.corpus.charge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiezhi.corpus.statute.LawMarkdown;

/**
 * The chapter and section headings of the Criminal Law's special part with the article numbers
 * under each, used to resolve group labels such as 走私 or 组织、强迫、引诱、容留、介绍卖淫.
 */
record CriminalLawSections(Map<String, List<Integer>> articlesByHeading) {
  static CriminalLawSections read(Path lawsDir) throws IOException {
    Path file = lawsDir.resolve("刑法").resolve("刑法.md");
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return new CriminalLawSections(out);
    }
    LawMarkdown md = LawMarkdown.parse(Files.readString(file, StandardCharsets.UTF_8));
    for (LawMarkdown.RawArticle a : md.articles()) {
      for (String h : new String[] {a.chapter(), a.section()}) {
        if (h != null && a.part() != null && a.part().contains("分则")) {
          String title = h.replaceFirst("^第[一二三四五六七八九十]+[章节]\\s*", "");
          out.computeIfAbsent(title, k -> new ArrayList<>()).add(a.number());
        }
      }
    }
    return new CriminalLawSections(out);
  }
}
