package org.xiezhi.models.data;

import org.xiezhi.corpus.charge.ChargeNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Derives a training example from a raw judgment: the first defendant's charges (mapped onto CAIL
 * labels) and final penalty from the judgment result, and the Criminal Law articles the reasoning
 * cites (kept when they are in CAIL's article set). A judgment without a recognised charge gives none.
 */
public final class JudgmentLabels {
  private static final Pattern DEFENDANT = Pattern.compile("被告人[^，。；、：\\s]{1,12}?犯");
  private static final Pattern CHARGE = Pattern.compile("犯([^，,。；;：:（(]{2,40}?)罪");
  private static final Pattern LAW = Pattern.compile("《中华人民共和国刑法》([^《》]*?)(?:之规定|的规定|判决如下|$)");
  private static final Pattern ARTICLE = Pattern.compile("第([零〇一二两三四五六七八九十百]+)条(?!之)");
  private static final String NUM = "[零〇一二两三四五六七八九十百]+";
  private static final Pattern FIXED =
      Pattern.compile("(有期徒刑|拘役|管制)(?:(" + NUM + ")年)?(?:零)?(?:(" + NUM + ")个?月)?");

  private final ChargeNames names;
  private final Set<Integer> articleSet;

  public JudgmentLabels(ChargeNames names, Set<Integer> articleSet) {
    this.names = names;
    this.articleSet = Set.copyOf(articleSet);
  }

  /** The example of one judgment, or empty when facts or a known charge are missing. */
  public Optional<LabelledFact> label(RawJudgment j) {
    String facts = j.basicFacts();
    String result = j.result();
    if (facts == null || facts.length() < 20 || result == null) {
      return Optional.empty();
    }
    String first = firstDefendant(result);
    Set<String> charges = new LinkedHashSet<>();
    Matcher m = CHARGE.matcher(first);
    while (m.find()) {
      String name = m.group(1);
      int k = name.lastIndexOf('犯');
      if (k >= 0) {
        name = name.substring(k + 1);
      }
      names.toLabel(name).ifPresent(charges::add);
    }
    if (charges.isEmpty()) {
      return Optional.empty();
    }
    Set<Integer> articles = new LinkedHashSet<>();
    String reasoning = j.reasoning() == null ? "" : j.reasoning();
    Matcher lm = LAW.matcher(reasoning);
    while (lm.find()) {
      Matcher am = ARTICLE.matcher(lm.group(1));
      while (am.find()) {
        int a = (int) ChineseNumerals.parse(am.group(1));
        if (articleSet.contains(a)) {
          articles.add(a);
        }
      }
    }
    String penalty = first;
    int decided = first.indexOf("决定执行");
    if (decided >= 0) {
      penalty = first.substring(decided);
    }
    boolean death = penalty.contains("死刑");
    boolean life = !death && penalty.contains("无期徒刑");
    int months = 0;
    if (!death && !life) {
      Matcher fm = FIXED.matcher(penalty);
      while (fm.find()) {
        if (fm.group(2) == null && fm.group(3) == null) {
          continue;
        }
        int y = fm.group(2) == null ? 0 : (int) ChineseNumerals.parse(fm.group(2));
        int mo = fm.group(3) == null ? 0 : (int) ChineseNumerals.parse(fm.group(3));
        months = y * 12 + mo;
        break;
      }
    }
    return Optional.of(
        new LabelledFact(
            "lecard:" + j.docId(), facts, new ArrayList<>(charges), new ArrayList<>(articles), months, death, life));
  }

  private static String firstDefendant(String result) {
    Matcher m = DEFENDANT.matcher(result);
    if (!m.find()) {
      return result;
    }
    int start = m.start();
    int end = result.length();
    if (m.find()) {
      end = m.start();
    }
    return result.substring(start, end);
  }
}
