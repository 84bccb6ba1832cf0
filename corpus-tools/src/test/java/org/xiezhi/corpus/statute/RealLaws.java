package org.xiezhi.corpus.statute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.source.SharedData;

/** The laws folder of ../shared/data read once per test JVM (one pass, about a second). */
final class RealLaws {
  private static LawsSource.Result result;
  private static Map<String, StatuteArticle> byId;

  private RealLaws() {}

  static synchronized LawsSource.Result result() {
    if (result == null) {
      try {
        result = LawsSource.read(SharedData.require("laws"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      byId = new HashMap<>();
      for (StatuteArticle a : result.articles()) {
        byId.put(a.id(), a);
      }
    }
    return result;
  }

  static StatuteArticle article(String id) {
    result();
    StatuteArticle a = byId.get(id);
    if (a == null) {
      throw new AssertionError("no article " + id);
    }
    return a;
  }
}
