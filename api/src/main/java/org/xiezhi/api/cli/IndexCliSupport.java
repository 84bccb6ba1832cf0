package org.xiezhi.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.xiezhi.corpus.io.Json;

/** What the search and similar commands share: their results as pretty JSON. */
final class IndexCliSupport {
  private IndexCliSupport() {}

  /** Pretty JSON of a result. */
  static String json(Object o) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
