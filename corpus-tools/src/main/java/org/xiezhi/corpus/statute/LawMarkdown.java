package org.xiezhi.corpus.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * One law or interpretation file in the laws folder's Markdown form: a {@code #} title, a header
 * block ending at {@code <!-- INFO END -->}, {@code ##}/{@code ###}/{@code ####} headings for
 * 编/章/节, and articles as paragraphs starting {@code 第X条} (optionally {@code 之X}).
 */
public record LawMarkdown(
    String title, List<String> header, String preamble, List<RawArticle> articles, String trailing) {

  /** One article before clause splitting: its heading context, number and paragraphs. */
  public record RawArticle(
      int number, int suffix, String part, String chapter, String section, List<String> paragraphs) {}

  private static final String INFO_END = "<!-- INFO END -->";
  private static final Pattern ARTICLE =
      Pattern.compile("^第([零〇一二三四五六七八九十百千0-9]+)条(?:之([一二三四五六七八九十]+))?(?:[\\s\\u3000]+|$)(.*)$");

  public LawMarkdown {
    header = List.copyOf(header);
    articles = List.copyOf(articles);
  }

  /**
   * Parses the text of one file.
   *
   * @throws IllegalArgumentException when the text is empty or has no {@code #} title
   */
  public static LawMarkdown parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty file");
    }
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    String title = null;
    List<String> header = new ArrayList<>();
    boolean hasInfoEnd = text.contains(INFO_END);
    boolean inHeader = hasInfoEnd;
    String part = null;
    String chapter = null;
    String section = null;
    StringBuilder preamble = new StringBuilder();
    StringBuilder trailing = new StringBuilder();
    List<RawArticle> articles = new ArrayList<>();
    RawArticleBuilder current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("<!--") || line.startsWith("---")
          || line.startsWith("|-") || line.startsWith("bookCollapseSection")) {
        if (line.equals(INFO_END)) {
          inHeader = false;
        }
        continue;
      }
      if (line.startsWith("# ") && title == null) {
        title = line.substring(2).strip();
        continue;
      }
      if (inHeader) {
        header.add(line);
        continue;
      }
      if (line.startsWith("#")) {
        if (current != null) {
          articles.add(current.build());
          current = null;
        }
      }
      if (line.startsWith("#### ")) {
        section = line.substring(5).strip();
        continue;
      }
      if (line.startsWith("### ")) {
        chapter = line.substring(4).strip();
        section = null;
        continue;
      }
      if (line.startsWith("## ")) {
        part = line.substring(3).strip();
        chapter = null;
        section = null;
        continue;
      }
      Matcher m = ARTICLE.matcher(line);
      if (m.matches()) {
        long number = ChineseNumerals.parse(m.group(1));
        int suffix = m.group(2) == null ? 0 : (int) ChineseNumerals.parse(m.group(2));
        if (number > 0) {
          if (current != null) {
            articles.add(current.build());
          }
          current = new RawArticleBuilder((int) number, suffix, part, chapter, section);
          String rest = m.group(3).strip();
          if (!rest.isEmpty()) {
            current.paragraphs.add(rest);
          }
          continue;
        }
      }
      if (current != null) {
        current.paragraphs.add(line);
      } else if (articles.isEmpty()) {
        preamble.append(line).append('\n');
      } else {
        trailing.append(line).append('\n');
      }
    }
    if (current != null) {
      articles.add(current.build());
    }
    if (title == null) {
      throw new IllegalArgumentException("no '# ' title line");
    }
    return new LawMarkdown(
        title, header, preamble.toString().strip(), articles, trailing.toString().strip());
  }

  private static final class RawArticleBuilder {
    final int number;
    final int suffix;
    final String part;
    final String chapter;
    final String section;
    final List<String> paragraphs = new ArrayList<>();

    RawArticleBuilder(int number, int suffix, String part, String chapter, String section) {
      this.number = number;
      this.suffix = suffix;
      this.part = part;
      this.chapter = chapter;
      this.section = section;
    }

    RawArticle build() {
      return new RawArticle(number, suffix, part, chapter, section, List.copyOf(paragraphs));
    }
  }
}
