package org.xiezhi.api.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.mask.MatchFolding;

/**
 * A last check on every response body: identity-card numbers, mobile numbers and bank-card-like
 * digit runs are masked even if a record upstream missed them. Names are masked upstream when a
 * judgment is ingested; this guard covers the patterns a regular expression can recognise. The
 * patterns match the {@link MatchFolding folded} text, so full-width digits ({@code １３９…}) are
 * caught too, and a digit run inside a long hexadecimal token (a model's SHA-256) is not personal
 * data and is left alone.
 */
public final class PersonalDataGuard {
  private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final Pattern CARD = Pattern.compile("(?<![0-9])[0-9]{16,19}(?![0-9])");

  private PersonalDataGuard() {}

  /** The text with every match replaced by asterisks of the same length, keeping 3 leading digits. */
  public static String scrub(String text) {
    String folded = MatchFolding.fold(text);
    char[] out = null;
    for (Pattern p : new Pattern[] {ID_CARD, MOBILE, CARD}) {
      Matcher m = p.matcher(folded);
      while (m.find()) {
        if (insideHexToken(folded, m.start(), m.end())) {
          continue;
        }
        if (out == null) {
          out = text.toCharArray();
        }
        for (int i = m.start() + 3; i < m.end(); i++) {
          out[i] = '*';
        }
      }
    }
    return out == null ? text : new String(out);
  }

  /** Whether [s, e) lies in a run of 32+ hex digits holding a letter a-f (a digest, not a number). */
  private static boolean insideHexToken(String t, int s, int e) {
    int a = s;
    while (a > 0 && isHex(t.charAt(a - 1))) {
      a--;
    }
    int b = e;
    while (b < t.length() && isHex(t.charAt(b))) {
      b++;
    }
    if (b - a < 32) {
      return false;
    }
    for (int i = a; i < b; i++) {
      char c = Character.toLowerCase(t.charAt(i));
      if (c >= 'a' && c <= 'f') {
        return true;
      }
    }
    return false;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Scrubs every string value of a JSON tree in place (numbers are left alone) and returns it. */
  public static com.fasterxml.jackson.databind.JsonNode scrubTree(com.fasterxml.jackson.databind.JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      var it = o.fields();
      java.util.List<String> names = new java.util.ArrayList<>();
      it.forEachRemaining(e -> names.add(e.getKey()));
      for (String n : names) {
        com.fasterxml.jackson.databind.JsonNode v = o.get(n);
        if (v.isTextual()) {
          String s = scrub(v.textValue());
          if (!s.equals(v.textValue())) {
            o.put(n, s);
          }
        } else {
          scrubTree(v);
        }
      }
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          a.set(i, a.textNode(scrub(a.get(i).textValue())));
        } else {
          scrubTree(a.get(i));
        }
      }
    }
    return node;
  }
}
