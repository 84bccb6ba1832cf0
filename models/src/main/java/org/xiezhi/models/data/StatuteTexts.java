package org.xiezhi.models.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.text.ChineseNumerals;

/**
 * The text of each numbered Criminal Law article (without 之一 variants) read from the consolidated
 * {@code 刑法.md}: an article starts at a paragraph {@code 第X条} and runs to the next one or heading.
 */
public final class StatuteTexts {
  private static final Pattern HEAD = Pattern.compile("^第([零〇一二两三四五六七八九十百]+)条(之[一二三四五六七八九十]+)?\\s*");

  private StatuteTexts() {}

  public static Map<Integer, String> read(Path criminalLawMd) throws IOException {
    List<String> lines = Files.readAllLines(criminalLawMd, StandardCharsets.UTF_8);
    Map<Integer, String> out = new LinkedHashMap<>();
    int current = -1;
    StringBuilder sb = new StringBuilder();
    boolean body = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.contains("INFO END")) {
        body = true;
        continue;
      }
      if (!body) {
        continue;
      }
      Matcher m = HEAD.matcher(line);
      if (m.find() || line.startsWith("#")) {
        if (current > 0) {
          out.merge(current, sb.toString(), (a, b) -> a);
        }
        sb.setLength(0);
        current = -1;
        if (!line.startsWith("#") && m.group(2) == null) {
          current = (int) ChineseNumerals.parse(m.group(1));
          sb.append(line.substring(m.end()));
        }
      } else if (current > 0) {
        sb.append(line);
      }
    }
    if (current > 0) {
      out.merge(current, sb.toString(), (a, b) -> a);
    }
    return out;
  }
}
