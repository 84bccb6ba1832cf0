package org.xiezhi.api.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.xiezhi.api.port.StatutePort;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * The Criminal Law read from {@code laws/刑法/刑法.md} with its 编/章/节 headings, searchable by
 * BM25 over character bigrams. The service's fallback until the statute index is wired in.
 */
public final class LawsStatutes implements StatutePort {
  private static final Pattern ARTICLE = Pattern.compile("^第([零〇一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?[\\s　]+(.*)$");
  private final Map<String, StatuteArticle> byId = new LinkedHashMap<>();
  private final List<StatuteArticle> list = new ArrayList<>();
  private final Bm25Index index = new Bm25Index();

  private LawsStatutes() {}

  /** Empty: no statute is known (used when the laws are absent). */
  public static LawsStatutes empty() {
    return new LawsStatutes();
  }

  /** Reads the consolidated Criminal Law markdown. */
  public static LawsStatutes read(Path criminalLawMd) throws IOException {
    LawsStatutes s = new LawsStatutes();
    String part = null;
    String chapter = null;
    String section = null;
    StringBuilder text = null;
    String[] head = null;
    boolean body = false;
    for (String line : Files.readAllLines(criminalLawMd, StandardCharsets.UTF_8)) {
      if (line.contains("<!-- INFO END -->")) {
        body = true;
        continue;
      }
      if (!body && !line.startsWith("## ")) {
        continue;
      }
      body = true;
      Matcher m = ARTICLE.matcher(line.trim());
      if (line.startsWith("#") || m.matches()) {
        if (head != null) {
          s.add(head, part, chapter, section, text.toString().trim());
          head = null;
        }
      }
      if (line.startsWith("#### ")) {
        section = line.substring(5).trim();
      } else if (line.startsWith("### ")) {
        chapter = line.substring(4).trim();
        section = null;
      } else if (line.startsWith("## ")) {
        part = line.substring(3).trim();
        chapter = null;
        section = null;
      } else if (m.matches()) {
        head = new String[] {m.group(1), m.group(2)};
        text = new StringBuilder(line.trim());
      } else if (head != null && !line.isBlank()) {
        text.append('\n').append(line.trim());
      }
    }
    if (head != null) {
      s.add(head, part, chapter, section, text.toString().trim());
    }
    return s;
  }

  private void add(String[] head, String part, String chapter, String section, String text) {
    int number = (int) ChineseNumerals.parse(head[0]);
    int suffix = head[1] == null ? 0 : (int) ChineseNumerals.parse(head[1]);
    String id = "刑法:" + number + (suffix > 0 ? "-" + suffix : "");
    String label = "刑法第" + number + "条" + (suffix > 0 ? "之" + head[1] : "");
    StatuteArticle a = new StatuteArticle(id, "中华人民共和国刑法", "law", number, suffix, label, part, chapter, section, text, List.of(), null, null);
    if (byId.putIfAbsent(id, a) == null) {
      list.add(a);
      index.add((chapter == null ? "" : chapter) + " " + text);
    }
  }

  @Override
  public Optional<StatuteArticle> article(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Hit> search(String text, int limit) {
    double[] s = index.scores(text);
    return IntStream.range(0, s.length).filter(i -> s[i] > 0).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -s[i]).thenComparing(i -> i))
        .limit(limit)
        .map(i -> new Hit(list.get(i).id(), list.get(i).label(), list.get(i).chapter(), s[i],
            Highlighter.highlight(list.get(i).text(), text, 160)))
        .toList();
  }

  /** Every article, in the order of the law. */
  public List<StatuteArticle> articles() {
    return List.copyOf(list);
  }

  @Override
  public long size() {
    return list.size();
  }
}
