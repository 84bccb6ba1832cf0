package org.xiezhi.corpus.guideline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a sentencing guideline in the layout of the data folder (a source comment, {@code # title},
 * parts {@code ## 一、}, sections {@code （一）}, items {@code 1.} and sub-items {@code （1）}) into a
 * {@link Guideline}: the crimes of the part 常见犯罪的量刑, the circumstances of 常见量刑情节的适用 and
 * the combination rules of 量刑的基本方法.
 */
public final class GuidelineParser {
  private static final Pattern PART = Pattern.compile("^##\\s*([一二三四五六七八九十]+)、(.*)$");
  private static final Pattern NUMBER = Pattern.compile("法发〔[0-9]{4}〕[0-9]+号");
  private static final Pattern IN_FORCE = Pattern.compile("\\(([0-9]{4}-[0-9]{2}-[0-9]{2})\\)\\.md$");

  private GuidelineParser() {}

  /** Both guidelines of a folder, oldest first. */
  public static List<Guideline> readFolder(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(files::add);
    }
    List<Guideline> out = new ArrayList<>();
    for (Path p : files) {
      out.add(read(p));
    }
    out.sort(java.util.Comparator.comparing(Guideline::inForce));
    return out;
  }

  /** One guideline file. */
  public static Guideline read(Path file) throws IOException {
    Matcher d = IN_FORCE.matcher(file.getFileName().toString());
    return parse(Files.readString(file, StandardCharsets.UTF_8), d.find() ? d.group(1) : "");
  }

  /** A guideline's text; {@code inForce} is its date (yyyy-mm-dd). */
  public static Guideline parse(String text, String inForce) {
    String title = "";
    String number = null;
    List<Node> nodes = new ArrayList<>();
    String part = "";
    String partTitle = "";
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("<!--")) {
        Matcher n = NUMBER.matcher(line);
        number = n.find() ? n.group() : null;
        continue;
      }
      if (line.startsWith("# ")) {
        title = line.substring(2).strip();
        continue;
      }
      Matcher p = PART.matcher(line);
      if (p.matches()) {
        part = p.group(1);
        partTitle = p.group(2);
        continue;
      }
      nodes.add(new Node(part, partTitle, line));
    }
    if (number == null) {
      int i = title.indexOf("关于");
      number = i >= 0 ? "《" + title.substring(i) + "》" : title;
    }
    Sections s = Sections.of(nodes);
    List<CrimeRule> crimes = new ArrayList<>();
    List<CircumstanceRule> circumstances = new ArrayList<>();
    List<CombinationRule> combination = new ArrayList<>();
    for (Sections.Section sec : s.sections()) {
      if (sec.partTitle().contains("常见犯罪的量刑") && sec.heading().endsWith("罪")) {
        crimes.add(CrimeSectionParser.parse(number, sec));
      } else if (sec.partTitle().contains("常见量刑情节")) {
        CircumstanceRule r = circumstance(number, sec);
        if (r != null) {
          circumstances.add(r);
        }
      }
    }
    if (!circumstances.isEmpty()) {
      combination.addAll(CombinationParser.parse(number, s, circumstances));
      circumstances = CombinationParser.markMultiplyFirst(circumstances, combination);
    }
    return new Guideline(title, number, inForce, List.copyOf(crimes), List.copyOf(circumstances), List.copyOf(combination));
  }

  private static CircumstanceRule circumstance(String number, Sections.Section sec) {
    CircumstanceCatalogue.Entry e = CircumstanceCatalogue.of(sec.heading());
    if (e == null) {
      return null;
    }
    List<CircumstanceRule.Variant> variants = new ArrayList<>();
    StringBuilder all = new StringBuilder("（" + sec.number() + "）" + sec.heading());
    for (GuidelineText.Clause c : GuidelineText.ratioClauses(sec.heading())) {
      variants.add(new CircumstanceRule.Variant(c.text(), c.ratio(), c.exemption()));
    }
    for (String line : sec.lines()) {
      all.append('\n').append(line);
      for (GuidelineText.Clause c : GuidelineText.ratioClauses(line)) {
        variants.add(new CircumstanceRule.Variant(c.text(), c.ratio(), c.exemption()));
      }
    }
    if (variants.isEmpty()) {
      return null;
    }
    return new CircumstanceRule(
        e.code(), e.name(), List.copyOf(variants), false, e.belowMinimum(), e.basis(),
        GuidelineText.atLeastMonths(sec.heading()),
        new GuidelineSource(number, sec.part() + "（" + sec.number() + "）", all.toString()));
  }

  /** One line of the body with the part it belongs to. */
  record Node(String part, String partTitle, String line) {}
}
