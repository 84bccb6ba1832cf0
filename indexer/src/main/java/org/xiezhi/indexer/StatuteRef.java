package org.xiezhi.indexer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * A reference to an article in any common form — {@code 刑法第264条}, {@code 第二百六十四条},
 * {@code 264条之一}, {@code 《中华人民共和国刑法》第一百三十三条之一}, {@code 刑法264} — as law, number and
 * 之X suffix; the law defaults to 刑法. Its {@link #id()} is the statute record id
 * ({@code 刑法:264}, {@code 刑法:133-1}).
 */
public record StatuteRef(String law, int number, int suffix) {
  private static final String NUM = "[0-9０-９零〇一二两三四五六七八九十百千]+";
  private static final Pattern REF = Pattern.compile(
      "^\\s*(?:《?(?:中华人民共和国)?(?<law>[\\p{IsHan}]{0,20}?法)》?)?\\s*第?\\s*(?<n>" + NUM + ")\\s*条?"
          + "(?:\\s*之\\s*(?<s>" + NUM + "))?\\s*$");

  private static final Pattern RECORD_ID = Pattern.compile("[^:\\s]{1,60}:[0-9]{1,4}(-[0-9]{1,2})?");

  /**
   * The statute record id {@code text} names: a record id as written ({@code 刑法:133-1}, or an
   * interpretation's {@code <title>:1}), else the id of the article reference it parses as.
   */
  public static Optional<String> recordId(String text) {
    if (text != null && RECORD_ID.matcher(text.strip()).matches()) {
      return Optional.of(text.strip());
    }
    return parse(text).map(StatuteRef::id);
  }

  /** Parses {@code text}; empty when it is not an article reference. */
  public static Optional<StatuteRef> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = REF.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean marked = text.contains("条") || text.contains("第") || m.group("law") != null;
    if (!marked) {
      return Optional.empty();
    }
    long n = ChineseNumerals.parse(m.group("n"));
    long s = m.group("s") == null ? 0 : ChineseNumerals.parse(m.group("s"));
    if (n <= 0 || n > 10_000 || s < 0 || s > 99) {
      return Optional.empty();
    }
    String law = m.group("law") == null || m.group("law").isEmpty() ? "刑法" : m.group("law");
    return Optional.of(new StatuteRef(law, (int) n, (int) s));
  }

  /** The statute record id. */
  public String id() {
    return law + ":" + number + (suffix > 0 ? "-" + suffix : "");
  }

  /** The canonical label, e.g. 刑法第133条之一 is written 刑法第133条之1. */
  public String label() {
    return law + "第" + number + "条" + (suffix > 0 ? "之" + suffix : "");
  }
}
