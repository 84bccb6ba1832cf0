package org.xiezhi.corpus.charge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.statute.ArticleRef;
import org.xiezhi.corpus.statute.LawsSource;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Reads the Criminal Law provisions listed for a charge in the charge-name documents:
 * {@code 第114条、第115条第1款}, {@code 第127条第1款、第2款}, {@code 第一百三十三条之二},
 * {@code 第155条第3项}. A 款 or 项 without its own 条 belongs to the article before it.
 */
final class ProvisionParser {
  private static final Pattern TOKEN = Pattern.compile(
      "第([0-9零〇一二三四五六七八九十百]+)(条|款|项)(?:之([一二三四五六七八九十]+))?");

  private ProvisionParser() {}

  /** The provisions in {@code text}; {@code context} is the article a bare 款 refers to, or null. */
  static List<ArticleRef> parse(String text, ArticleRef context) {
    List<ArticleRef> out = new ArrayList<>();
    ArticleRef article = context == null ? null : context.article();
    Matcher m = TOKEN.matcher(text);
    int lastEnd = -1;
    ArticleRef pendingArticle = null; // an article not yet emitted (waiting for its 款)
    while (m.find()) {
      int n = (int) ChineseNumerals.parse(m.group(1));
      String unit = m.group(2);
      boolean adjacent = m.start() == lastEnd;
      if ("条".equals(unit) && adjacent && article != null && n < article.number()) {
        unit = "款"; // 第371条第2条: a misprint for 第2款
      }
      if ("条".equals(unit)) {
        if (pendingArticle != null) {
          out.add(pendingArticle);
        }
        int suffix = m.group(3) == null ? 0 : (int) ChineseNumerals.parse(m.group(3));
        article = new ArticleRef(LawsSource.CRIMINAL_LAW, n, suffix, null, null);
        pendingArticle = article;
      } else if (article != null) {
        if ("款".equals(unit)) {
          out.add(new ArticleRef(article.law(), article.number(), article.suffix(), n, null));
        } else {
          out.add(new ArticleRef(article.law(), article.number(), article.suffix(), null, n));
        }
        pendingArticle = null;
      }
      lastEnd = m.end();
    }
    if (pendingArticle != null) {
      out.add(pendingArticle);
    }
    return out;
  }
}
