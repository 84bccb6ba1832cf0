package org.xiezhi.advisor.port;

import java.util.List;

/** Finds past cases similar to a fact description (the index's similar-case search). */
public interface SimilarCases {
  /**
   * The {@code k} most similar cases; when {@code charge} is not null, only cases with that charge
   * (canonical name ending in 罪), each carrying the sentences for that charge.
   */
  List<SimilarCase> find(String facts, String charge, int k);
}
