package org.xiezhi.api.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiezhi.api.port.StatutePort;
import org.xiezhi.api.server.Problem;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.indexer.backend.SearchBackend;

/**
 * Statutes served from the search index on either backend: every article the index holds (the
 * Criminal Law with its amendments, the judicial interpretations, the Criminal Procedure Law),
 * looked up by id or searched by text with the index's statute search.
 */
public final class IndexedStatutes implements StatutePort {
  /** Characters of an article's text shown around the first match. */
  private static final int HIGHLIGHT_CHARS = 160;
  private final SearchBackend index;

  public IndexedStatutes(SearchBackend index) {
    this.index = index;
  }

  @Override
  public Optional<StatuteArticle> article(String id) {
    try {
      return index.statute(id).stream().filter(a -> a.id().equals(id)).findFirst();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best articles for {@code text}, best first; {@code score} is the reciprocal of the rank. */
  @Override
  public List<Hit> search(String text, int limit) {
    List<StatuteArticle> found;
    try {
      found = index.statute(text);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("query", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Hit> out = new ArrayList<>();
    for (StatuteArticle a : found) {
      if (out.size() == limit) {
        break;
      }
      String label = a.kind() != null && !a.law().equals("刑法") && !a.label().startsWith(a.law()) ? a.law() + " " + a.label() : a.label();
      out.add(new Hit(a.id(), label, a.chapter(), 1.0 / (out.size() + 1), highlight(a.text(), text)));
    }
    return out;
  }

  @Override
  public long size() {
    try {
      return index.counts()[1];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article's text from shortly before the first query word it holds, HTML-escaped, query words in {@code <mark>}. */
  static String highlight(String text, String query) {
    if (text == null) {
      return "";
    }
    List<String> words = new ArrayList<>();
    for (String w : query.strip().split("[\\s,，、;；]+")) {
      if (w.length() >= 2 || (!w.isEmpty() && Character.isIdeographic(w.codePointAt(0)))) {
        words.add(w);
      }
    }
    int first = text.length();
    for (String w : words) {
      int i = text.indexOf(w);
      if (i >= 0) {
        first = Math.min(first, i);
      }
    }
    int from = first == text.length() ? 0 : Math.max(0, first - 20);
    String window = text.substring(from, Math.min(text.length(), from + HIGHLIGHT_CHARS));
    String escaped = escape(window);
    for (String w : words) {
      String ew = escape(w);
      if (!ew.isEmpty()) {
        escaped = escaped.replace(ew, "<mark>" + ew + "</mark>");
      }
    }
    return (from > 0 ? "…" : "") + escaped + (from + HIGHLIGHT_CHARS < text.length() ? "…" : "");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
