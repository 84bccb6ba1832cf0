package org.xiezhi.api.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Character bigrams of Han text and whole lower-cased Latin/digit words: the baseline's terms. */
final class Bigrams {
  private Bigrams() {}

  /** One term with its start and end offsets in the text. */
  record Term(String text, int start, int end) {}

  static List<Term> terms(String text) {
    List<Term> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        int j = i;
        while (j < n && Character.UnicodeScript.of(text.charAt(j)) == Character.UnicodeScript.HAN) {
          j++;
        }
        if (j - i == 1) {
          out.add(new Term(text.substring(i, j), i, j));
        }
        for (int k = i; k + 1 < j; k++) {
          out.add(new Term(text.substring(k, k + 2), k, k + 2));
        }
        i = j;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < n && Character.isLetterOrDigit(text.charAt(j)) && Character.UnicodeScript.of(text.charAt(j)) != Character.UnicodeScript.HAN) {
          j++;
        }
        out.add(new Term(text.substring(i, j).toLowerCase(Locale.ROOT), i, j));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  static List<String> strings(String text) {
    return terms(text).stream().map(Term::text).toList();
  }
}
