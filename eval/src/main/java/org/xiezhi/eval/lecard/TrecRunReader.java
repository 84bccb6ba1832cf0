package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a TREC run ({@code qid Q0 docid rank score tag}); each query's list is ordered by rank. */
public final class TrecRunReader {
  private TrecRunReader() {}

  public static Map<String, List<ScoredDoc>> read(Path file) throws IOException {
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] p = line.trim().split("\\s+");
      if (p.length < 5) {
        throw new IOException(file + ":" + n + ": not a TREC run line: " + line);
      }
      rows.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
    }
    Map<String, List<ScoredDoc>> out = new LinkedHashMap<>();
    rows.forEach((q, list) -> {
      list.sort((a, b) -> Integer.compare(Integer.parseInt(a[3]), Integer.parseInt(b[3])));
      List<ScoredDoc> docs = new ArrayList<>(list.size());
      for (String[] p : list) {
        docs.add(new ScoredDoc(p[2], Double.parseDouble(p[4])));
      }
      out.put(q, docs);
    });
    return out;
  }
}
