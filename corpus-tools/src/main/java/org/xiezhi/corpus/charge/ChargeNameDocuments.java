package org.xiezhi.corpus.charge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.statute.ArticleRef;

/**
 * Reads the charge-name documents: the 1997 opinion (numbered {@code 187．盗窃罪（第264条）}
 * lists) and its supplements (tables of {@code | 刑法条文 | 罪名（取消…罪名） |} rows, or a
 * sentence 将…第X条…的罪名由“A”修改为“B”).
 */
final class ChargeNameDocuments {
  /** A charge name stated with its provisions; {@code cancelled} are the names it ends. */
  record Stated(String name, List<ArticleRef> provisions, List<String> cancelled, String otherLaw) {}

  private static final Pattern OPINION_ENTRY =
      Pattern.compile("(?:\\d+．)?\\s*([^\\s．]+?罪)（(第[^）]+)）");
  private static final Pattern RENAME = Pattern.compile(
      "(第[^（“]+?条(?:之[一二三四五六七八九十]+)?)[^“]*?的罪名由“([^”]+)”修改为“([^”]+)”");
  /** Misprints of the 1997 opinion as stored, corrected on reading (each reported). */
  static final Map<String, String> MISPRINTS = Map.of("剌探", "刺探", "伪造变造国家有价证券", "伪造、变造国家有价证券");
  private static final String DECISION =
      "全国人民代表大会常务委员会关于惩治骗购外汇、逃汇和非法买卖外汇犯罪的决定";

  private ChargeNameDocuments() {}

  /** The entries of the 1997 opinion, in order. */
  static List<Stated> readOpinion(String body, List<String> problems, String file) {
    List<Stated> out = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (line.startsWith("#") || !line.contains("罪（第")) {
        continue;
      }
      Matcher m = OPINION_ENTRY.matcher(line);
      while (m.find()) {
        List<ArticleRef> refs = ProvisionParser.parse(m.group(2), null);
        if (refs.isEmpty()) {
          problems.add(file + ": no provision read for " + m.group(1));
        }
        String name = m.group(1);
        for (Map.Entry<String, String> fix : MISPRINTS.entrySet()) {
          if (name.contains(fix.getKey())) {
            problems.add(file + ": misprint " + fix.getKey() + " read as " + fix.getValue() + " in " + name);
            name = name.replace(fix.getKey(), fix.getValue());
          }
        }
        out.add(new Stated(name, refs, List.of(), null));
      }
    }
    return out;
  }

  /** The statements of one supplement, in order. */
  static List<Stated> readSupplement(String body, List<String> problems, String file) {
    List<Stated> out = new ArrayList<>();
    List<ArticleRef> lastProvisions = List.of();
    for (String raw : body.split("\n")) {
      String line = raw.strip();
      Matcher rn = RENAME.matcher(line);
      if (rn.find()) {
        List<ArticleRef> refs = ProvisionParser.parse(rn.group(1), null);
        out.add(new Stated(rn.group(3), refs, List.of(rn.group(2)), null));
        continue;
      }
      if (!line.startsWith("|") || line.startsWith("|-") || line.contains("刑法条文")) {
        continue;
      }
      String[] cells = line.split("\\|");
      if (cells.length < 3) {
        problems.add(file + ": table row without two cells: " + line);
        continue;
      }
      String provisionCell = cutAtParenthesis(cells[1]).strip();
      String namesCell = cells[2].strip();
      String otherLaw = provisionCell.contains("《决定》") ? DECISION + provisionCell.replace("《决定》", "") : null;
      List<List<ArticleRef>> groups = new ArrayList<>();
      if (otherLaw == null && !provisionCell.isEmpty()) {
        ArticleRef context = null;
        for (String g : provisionCell.split("\\s+")) {
          List<ArticleRef> refs = ProvisionParser.parse(g, context);
          if (!refs.isEmpty()) {
            groups.add(refs);
            context = refs.get(refs.size() - 1);
          }
        }
      }
      List<ArticleRef> all = new ArrayList<>();
      groups.forEach(all::addAll);
      if (provisionCell.isEmpty()) {
        all = new ArrayList<>(lastProvisions);
      } else if (all.isEmpty() && otherLaw == null) {
        problems.add(file + ": no provision read in row: " + line);
      }
      lastProvisions = all;
      List<String[]> named = splitNames(namesCell);
      if (named.isEmpty()) {
        problems.add(file + ": no charge name in row: " + line);
        continue;
      }
      boolean paired = groups.size() == named.size() && groups.size() > 1;
      for (int i = 0; i < named.size(); i++) {
        String[] nc = named.get(i);
        List<String> cancelled = nc[1] == null ? List.of() : cancelledNames(nc[1]);
        out.add(new Stated(nc[0], paired ? groups.get(i) : all, cancelled, otherLaw));
      }
    }
    return out;
  }

  private static String cutAtParenthesis(String s) {
    int k = s.indexOf('（');
    int k2 = s.indexOf('(');
    int cut = k < 0 ? k2 : (k2 < 0 ? k : Math.min(k, k2));
    return cut < 0 ? s : s.substring(0, cut);
  }

  /**
   * Splits a names cell into {name, cancellation text}; a cell holding only 取消X罪名 gives a
   * null name.
   */
  static List<String[]> splitNames(String cell) {
    List<String[]> out = new ArrayList<>();
    String s = cell.strip();
    int i = 0;
    StringBuilder name = new StringBuilder();
    while (i < s.length()) {
      if (s.startsWith("（取消", i) || (name.length() == 0 && s.startsWith("取消", i))) {
        int close = s.indexOf('）', i);
        int end = close < 0 ? s.length() : close + 1;
        String cancel = s.substring(i, end);
        String n = name.toString().strip();
        if (n.isEmpty() && !out.isEmpty() && out.get(out.size() - 1)[1] == null) {
          out.get(out.size() - 1)[1] = cancel;
        } else {
          out.add(new String[] {n.isEmpty() ? null : clean(n), cancel});
        }
        name.setLength(0);
        i = end;
        continue;
      }
      char c = s.charAt(i);
      name.append(c);
      i++;
      boolean endOfName = c == '罪' && (i >= s.length() || "、；; \u3000（".indexOf(s.charAt(i)) >= 0)
          && !(name.length() >= 2 && name.charAt(name.length() - 2) == '犯');
      if (endOfName) {
        if (i < s.length() && s.startsWith("（取消", i)) {
          continue; // the cancellation that follows belongs to this name
        }
        out.add(new String[] {clean(name.toString()), null});
        name.setLength(0);
        while (i < s.length() && "、；; \u3000".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
      }
    }
    String rest = name.toString().strip();
    if (!rest.isEmpty()) {
      out.add(new String[] {clean(rest), null});
    }
    return out;
  }

  /** The names a 取消…罪名 text ends: 取消A罪和B罪罪名 → [A罪, B罪]. */
  static List<String> cancelledNames(String cancel) {
    String s = cancel.replace("（", "").replace("）", "").strip();
    if (s.startsWith("取消")) {
      s = s.substring(2);
    }
    if (s.endsWith("罪名")) {
      s = s.substring(0, s.length() - 2);
    }
    s = s.replaceFirst("^刑法原第[^项款条]+[条款项](第[^项款]+[款项])*", "");
    List<String> out = new ArrayList<>();
    for (String part : s.split("(?<=罪)和")) {
      String n = clean(part);
      if (!n.isEmpty()) {
        out.add(n.endsWith("罪") ? n : n + "罪");
      }
    }
    return out;
  }

  static String clean(String name) {
    return name.replaceAll("[\\s\\u3000]+", "").strip();
  }
}
