package org.xiezhi.api.baseline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Reads a first-instance criminal judgment in the standard text layout into a masked
 * {@link CaseRecord}: court, case number, facts (经审理查明), reasoning (本院认为), result, charges,
 * cited Criminal Law articles and each defendant's principal penalty. Person names (defendants and
 * the bench) become surname + 某. The service's fallback until the corpus parser is wired in.
 */
public final class JudgmentTextParser {
  private static final Pattern CASE_NUMBER = Pattern.compile("（(\\d{4})）[^\\s]{1,12}刑初\\d+号");
  private static final Pattern DEFENDANT = Pattern.compile("(?m)^被告人([\\p{IsHan}]{2,4})，");
  private static final Pattern BENCH = Pattern.compile("(?m)^(审判长|审判员|人民陪审员|书记员|法官助理)[\\s　]+([\\p{IsHan}]{2,4})$");
  private static final Pattern COUNSEL = Pattern.compile("(?m)^辩护人([\\p{IsHan}]{2,4})，");
  private static final Pattern VERDICT = Pattern.compile("被告人(\\S{2,6}?)犯(\\S{2,30}?罪)，判处(有期徒刑|拘役|管制)(?:([一二三四五六七八九十]+)年)?(?:([一二三四五六七八九十]+)个月)?(?:，缓刑([一二三四五六七八九十]+年)?([一二三四五六七八九十]+个月)?)?(?:，并处罚金人民币([一二三四五六七八九十]+)(万|千)元)?");
  private static final Pattern CITED = Pattern.compile("第([零〇一二三四五六七八九十百]+)条(?:之([一二三四五六七八九十]+))?");

  private JudgmentTextParser() {}

  public static CaseRecord parse(String id, String raw) {
    String text = raw.replace("\r\n", "\n");
    List<String> names = new ArrayList<>();
    for (Pattern p : List.of(DEFENDANT, BENCH, COUNSEL)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        names.add(m.group(m.groupCount()));
      }
    }
    for (String n : names) {
      if (!n.endsWith("某") && !n.contains("某")) {
        text = text.replace(n, n.charAt(0) + "某");
      }
    }
    String[] lines = text.split("\n");
    String court = lines.length > 0 ? lines[0].trim() : null;
    Matcher cn = CASE_NUMBER.matcher(text);
    String caseNumber = cn.find() ? cn.group() : null;
    Integer year = caseNumber == null ? null : Integer.valueOf(cn.group(1));
    String facts = between(text, "经审理查明：", "\n");
    String reasoning = between(text, "本院认为，", "判决如下：");
    String result = between(text, "判决如下：", "如不服本判决");
    Set<String> charges = new LinkedHashSet<>();
    List<Defendant> defendants = new ArrayList<>();
    Matcher v = VERDICT.matcher(result == null ? "" : result);
    while (v.find()) {
      charges.add(v.group(2));
      String type = switch (v.group(3)) {
        case "拘役" -> Sentence.DETENTION;
        case "管制" -> Sentence.SURVEILLANCE;
        default -> Sentence.IMPRISONMENT;
      };
      int months = num(v.group(4)) * 12 + num(v.group(5));
      Integer probation = v.group(6) == null && v.group(7) == null ? null
          : num(strip(v.group(6), "年")) * 12 + num(strip(v.group(7), "个月"));
      Long fine = v.group(8) == null ? null : num(v.group(8)) * ("万".equals(v.group(9)) ? 10000L : 1000L);
      defendants.add(new Defendant(v.group(1), List.of(v.group(2)), List.of(), new Sentence(type, months, probation, fine, List.of())));
    }
    List<String> articles = new ArrayList<>();
    String basis = between(text, "依照《中华人民共和国刑法》", "之规定");
    if (basis != null) {
      int cut = basis.indexOf('《');
      Matcher c = CITED.matcher(cut >= 0 ? basis.substring(0, cut) : basis);
      while (c.find()) {
        String label = "刑法第" + ChineseNumerals.parse(c.group(1)) + "条" + (c.group(2) == null ? "" : "之" + c.group(2));
        if (!articles.contains(label)) {
          articles.add(label);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    if (facts == null) {
      missing.add("facts");
    }
    if (charges.isEmpty()) {
      missing.add("charges");
    }
    String title = (court == null ? "" : court) + " " + String.join("、", charges) + "一审刑事判决书";
    return new CaseRecord(id, "demo", title.trim(), court, null, caseNumber, "判决书", "一审", null, year,
        facts, reasoning, result, text, List.copyOf(charges), articles, List.of(), defendants, missing);
  }

  private static String strip(String s, String suffix) {
    return s == null ? null : s.substring(0, s.length() - suffix.length());
  }

  private static int num(String s) {
    return s == null || s.isEmpty() ? 0 : (int) ChineseNumerals.parse(s);
  }

  private static String between(String text, String start, String end) {
    int a = text.indexOf(start);
    if (a < 0) {
      return null;
    }
    a += start.length();
    int b = text.indexOf(end, a);
    return (b < 0 ? text.substring(a) : text.substring(a, b)).trim();
  }
}
