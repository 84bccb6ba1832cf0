package org.xiezhi.api.server;

import java.util.regex.Pattern;

/**
 * A last check on every response body: identity-card numbers, mobile numbers and bank-card-like
 * digit runs are masked even if a record upstream missed them. Names are masked upstream when a
 * judgment is ingested; this guard covers the patterns a regular expression can recognise.
 */
public final class PersonalDataGuard {
  private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final Pattern CARD = Pattern.compile("(?<![0-9])[0-9]{16,19}(?![0-9])");

  private PersonalDataGuard() {}

  /** The text with every match replaced by asterisks of the same length, keeping 3 leading digits. */
  public static String scrub(String text) {
    String out = mask(ID_CARD, text);
    out = mask(MOBILE, out);
    return mask(CARD, out);
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

  private static String mask(Pattern p, String text) {
    var m = p.matcher(text);
    if (!m.find()) {
      return text;
    }
    return m.replaceAll(r -> r.group().substring(0, 3) + "*".repeat(r.group().length() - 3));
  }
}
