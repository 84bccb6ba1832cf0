package org.xiezhi.corpus.mask;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The Chinese surnames (single and compound) that may start a person's name. */
final class Surnames {
  private static final Set<String> SINGLE = new HashSet<>();
  private static final Set<String> COMPOUND = new HashSet<>();

  static {
    try (InputStream in = Surnames.class.getResourceAsStream("surnames.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource surnames.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String s : line.trim().split("\\s+")) {
          if (s.length() == 1) {
            SINGLE.add(s);
          } else if (s.length() == 2) {
            COMPOUND.add(s);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Surnames() {}

  /** Length of the surname starting at {@code pos} (2 for a compound surname, 1, or 0 if none). */
  static int surnameAt(CharSequence text, int pos) {
    if (pos + 1 < text.length()
        && COMPOUND.contains(text.subSequence(pos, pos + 2).toString())) {
      return 2;
    }
    if (pos < text.length() && SINGLE.contains(String.valueOf(text.charAt(pos)))) {
      return 1;
    }
    return 0;
  }
}
