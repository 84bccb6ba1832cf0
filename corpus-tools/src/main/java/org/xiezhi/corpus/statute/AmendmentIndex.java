package org.xiezhi.corpus.statute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * Which Criminal Law amendment last changed each article, read from the amendment files'
 * instructions (将刑法第二百六十四条修改为 / 在刑法第一百三十三条后增加一条，作为第一百三十三条之一 /
 * 删去刑法第一百九十九条), applied in the order the amendments were adopted.
 */
public final class AmendmentIndex {
  private static final Pattern FILE = Pattern.compile("^(刑法修正案(?:（([一二三四五六七八九十]+)）)?)(?:\\(.*\\))?\\.md$");
  private static final Pattern REF =
      Pattern.compile("第([零〇一二三四五六七八九十百]+)条(?:之([一二三四五六七八九十]+))?");
  private static final Pattern INSTRUCTION_START = Pattern.compile("^[一二三四五六七八九十]+、.*");

  private final Map<String, String> lastAmendment;
  private final List<String> amendments;

  private AmendmentIndex(Map<String, String> lastAmendment, List<String> amendments) {
    this.lastAmendment = Map.copyOf(lastAmendment);
    this.amendments = List.copyOf(amendments);
  }

  /** Reads every 刑法修正案*.md in {@code criminalLawDir}; problems are added to {@code problems}. */
  public static AmendmentIndex read(Path criminalLawDir, List<String> problems) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(criminalLawDir)) {
      s.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).forEach(files::add);
    }
    files.sort(Comparator.comparingInt(AmendmentIndex::order));
    Map<String, String> last = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      Matcher fm = FILE.matcher(f.getFileName().toString());
      fm.matches();
      String name = fm.group(1);
      names.add(name);
      String text = Files.readString(f, StandardCharsets.UTF_8);
      int touched = 0;
      for (String key : touchedArticles(text)) {
        last.put(key, name);
        touched++;
      }
      if (touched == 0) {
        problems.add("刑法/" + f.getFileName() + ": no amended article found");
      }
    }
    return new AmendmentIndex(last, names);
  }

  /** Article keys ({@code 264}, {@code 133-1}) that the instructions in {@code text} change. */
  static List<String> touchedArticles(String text) {
    List<String> keys = new ArrayList<>();
    int body = text.indexOf("<!-- INFO END -->");
    String[] lines = text.substring(Math.max(body, 0)).split("\n");
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("“") || line.startsWith("\"")) {
        continue;
      }
      if (!INSTRUCTION_START.matcher(line).matches()
          && !(line.contains("修改为") || line.contains("增加") || line.contains("删去"))) {
        continue;
      }
      int colon = indexOfAny(line, "：:“");
      String instruction = colon < 0 ? line : line.substring(0, colon);
      int as = instruction.indexOf("作为第");
      if (as >= 0 && REF.matcher(instruction.substring(as)).find()) {
        instruction = instruction.substring(as);
      }
      Matcher m = REF.matcher(instruction);
      while (m.find()) {
        int n = (int) ChineseNumerals.parse(m.group(1));
        int suffix = m.group(2) == null ? 0 : (int) ChineseNumerals.parse(m.group(2));
        keys.add(suffix == 0 ? Integer.toString(n) : n + "-" + suffix);
      }
    }
    return keys;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int order(Path p) {
    Matcher m = FILE.matcher(p.getFileName().toString());
    if (!m.matches() || m.group(2) == null) {
      return 1;
    }
    return (int) ChineseNumerals.parse(m.group(2));
  }

  /** The amendment that last changed the article ({@code 264}, {@code 133-1}), or null. */
  public String lastAmendment(int number, int suffix) {
    return lastAmendment.get(suffix == 0 ? Integer.toString(number) : number + "-" + suffix);
  }

  /** The amendment names read, in order of adoption. */
  public List<String> amendments() {
    return amendments;
  }
}
