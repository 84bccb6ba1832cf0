package org.xiezhi.indexer.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/** Gives each id a number, so lists of Solr hits can use the embedded index's fusion code. Not thread-safe. */
final class HitNumbers {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  int number(String id) {
    return numbers.computeIfAbsent(id, x -> {
      ids.add(x);
      return ids.size() - 1;
    });
  }

  String id(int number) {
    return ids.get(number);
  }

  ScoreDoc[] docs(List<SolrHit> list) {
    ScoreDoc[] out = new ScoreDoc[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new ScoreDoc(number(list.get(i).id()), list.get(i).score());
    }
    return out;
  }
}
