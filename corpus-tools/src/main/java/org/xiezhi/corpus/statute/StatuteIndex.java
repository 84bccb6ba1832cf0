package org.xiezhi.corpus.statute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.model.StatuteClause;

/**
 * Statute articles by id, for lookup by number as users type it:
 * {@code index.find("第133条之一第二款")} gives 刑法第133条之一 and its second 款.
 */
public final class StatuteIndex {
  /** An article found by reference, with the 款 named in it when one was named and exists. */
  public record Hit(ArticleRef ref, StatuteArticle article, Optional<StatuteClause> clause) {}

  private final Map<String, StatuteArticle> byId = new HashMap<>();

  /** Indexes {@code articles}; a repeated id is an error (ids are stable and unique). */
  public StatuteIndex(List<StatuteArticle> articles) {
    for (StatuteArticle a : articles) {
      if (byId.putIfAbsent(a.id(), a) != null) {
        throw new IllegalArgumentException("repeated statute id " + a.id());
      }
    }
  }

  /** The article with this id ({@code 刑法:264}), if any. */
  public Optional<StatuteArticle> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The article a reference names, with its 款 when given and present. */
  public Optional<Hit> find(ArticleRef ref) {
    StatuteArticle a = byId.get(ref.id());
    if (a == null) {
      return Optional.empty();
    }
    Optional<StatuteClause> clause = Optional.empty();
    if (ref.paragraph() != null && ref.paragraph() <= a.clauses().size()) {
      clause = Optional.of(a.clauses().get(ref.paragraph() - 1));
    }
    return Optional.of(new Hit(ref, a, clause));
  }

  /** Parses a typed reference ({@code 刑法264}, {@code 第二百六十四条}) and finds it. */
  public Optional<Hit> find(String typed) {
    return ArticleRefParser.parse(typed).flatMap(this::find);
  }

  /** The number of articles indexed. */
  public int size() {
    return byId.size();
  }
}
