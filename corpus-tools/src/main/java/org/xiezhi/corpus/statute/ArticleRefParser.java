package org.xiezhi.corpus.statute;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Parses an article reference as a user types it: {@code 刑法第264条}, {@code 第二百六十四条},
 * {@code 264条之一}, {@code 第133条之一第二款}, {@code 刑法264}, {@code 《中华人民共和国刑法》第二百六十四条第一款第（三）项}.
 * Without a law name the Criminal Law is meant.
 */
public final class ArticleRefParser {
  private static final String N = "[0-9０-９零〇一二三四五六七八九十百千两]+";
  private static final Pattern REF = Pattern.compile(
      "^(?<law>[^0-9０-９第]*?)?\\s*第?\\s*(?<num>" + N + ")\\s*(?:条)?\\s*(?:之\\s*(?<suf>" + N + "))?"
          + "\\s*(?:第?\\s*(?<para>" + N + ")\\s*款)?\\s*(?:第?\\s*[（(]?(?<item>" + N + ")[）)]?\\s*项)?$");

  private static final String CITED_NUM = "[0-9０-９零〇一二两三四五六七八九十百千]+";
  private static final Pattern CITATION = Pattern.compile(
      "^\\s*(?:《?(?:中华人民共和国)?(?<law>[\\p{IsHan}]{0,20}?法)》?)?\\s*第?\\s*(?<n>" + CITED_NUM + ")\\s*条?"
          + "(?:\\s*之\\s*(?<s>" + CITED_NUM + "))?\\s*$");

  private ArticleRefParser() {}

  private static final Pattern RECORD_ID = Pattern.compile("[^:\\s]{1,60}:[0-9]{1,4}(-[0-9]{1,2})?");

  /**
   * The statute record id {@code text} names: a record id as written ({@code 刑法:133-1}, or an
   * interpretation's {@code <title>:1}), else the id of the citation it parses as.
   */
  public static Optional<String> recordId(String text) {
    if (text != null && RECORD_ID.matcher(text.strip()).matches()) {
      return Optional.of(text.strip());
    }
    return parseCitation(text).map(ArticleRef::id);
  }

  /**
   * An article cited by itself, as a statute look-up takes it: {@code 刑法第264条}, {@code 第二百六十四条},
   * {@code 264条之一}, {@code 《中华人民共和国刑法》第一百三十三条之一}, {@code 刑法264}, {@code 刑事诉讼法第81条};
   * any law whose name ends in 法 (default 刑法), no 款 or 项, and marked as a reference (第, 条 or a
   * law name: a bare {@code 264} is not one). Empty when {@code text} is not such a citation.
   */
  public static Optional<ArticleRef> parseCitation(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CITATION.matcher(text);
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
    String law = m.group("law") == null || m.group("law").isEmpty() ? LawsSource.CRIMINAL_LAW : m.group("law");
    return Optional.of(new ArticleRef(law, (int) n, (int) s, null, null));
  }

  /** The reference, or empty when {@code text} is not one. */
  public static Optional<ArticleRef> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip().replace("《", "").replace("》", "").replace("中华人民共和国", "");
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = REF.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String law = m.group("law") == null ? "" : m.group("law").strip();
    if (law.isEmpty() || law.equals("刑法") || law.equals("中国刑法")) {
      law = LawsSource.CRIMINAL_LAW;
    } else if (law.equals("刑诉法") || law.equals("刑事诉讼法")) {
      law = LawsSource.CRIMINAL_PROCEDURE_LAW;
    } else {
      return Optional.empty();
    }
    long num = ChineseNumerals.parse(m.group("num"));
    long suf = m.group("suf") == null ? 0 : ChineseNumerals.parse(m.group("suf"));
    Integer para = m.group("para") == null ? null : (int) ChineseNumerals.parse(m.group("para"));
    Integer item = m.group("item") == null ? null : (int) ChineseNumerals.parse(m.group("item"));
    if (num <= 0 || num > 2000 || suf < 0 || suf > 20
        || (para != null && para <= 0) || (item != null && item <= 0)) {
      return Optional.empty();
    }
    return Optional.of(new ArticleRef(law, (int) num, (int) suf, para, item));
  }

  /** Like {@link #parse} but throws with a readable reason when {@code text} is not a reference. */
  public static ArticleRef require(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException(
        "not an article reference: '" + text + "' (expected e.g. 刑法第264条, 第133条之一第二款, 刑法264)"));
  }
}
