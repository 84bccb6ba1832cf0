package org.xiezhi.api.port;

import java.util.List;
import java.util.Optional;
import org.xiezhi.corpus.model.StatuteArticle;

/** Statute lookup and search (implemented by the statute index). */
public interface StatutePort {

  /** One hit with an HTML-escaped highlight whose matches are wrapped in {@code <mark>}. */
  record Hit(String id, String label, String chapter, double score, String highlight) {}

  /** An article by id such as {@code 刑法:264} or {@code 刑法:133-1}. */
  Optional<StatuteArticle> article(String id);

  List<Hit> search(String text, int limit);

  long size();
}
