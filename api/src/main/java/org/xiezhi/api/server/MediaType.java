package org.xiezhi.api.server;

import java.util.Locale;

/** The media type of a Content-Type header, matched exactly: {@code application/jsonFOO} is not JSON. */
final class MediaType {
  private MediaType() {}

  /**
   * The lower-case {@code type/subtype} of the header ("" when absent); a {@code charset}
   * parameter other than UTF-8 makes it "" too, so the caller answers 415.
   */
  static String of(String header) {
    if (header == null) {
      return "";
    }
    String[] parts = header.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        String cs = p.substring(8).replace("\"", "");
        if (!cs.equals("utf-8") && !cs.equals("utf8")) {
          return "";
        }
      }
    }
    return type;
  }
}
