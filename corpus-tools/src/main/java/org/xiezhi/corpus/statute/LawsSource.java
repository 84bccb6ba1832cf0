package org.xiezhi.corpus.statute;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xiezhi.corpus.model.StatuteArticle;
import org.xiezhi.corpus.model.StatuteClause;

/**
 * Reads the laws folder (Criminal Law with its amendments, judicial interpretations, Criminal
 * Procedure Law) into statute articles.
 *
 * <p>Layout read: {@code 刑法/刑法.md} and {@code 刑法/刑法修正案*.md}, {@code 刑事诉讼法*.md} at
 * the top, {@code 司法解释/*.md}. Criminal Law and Criminal Procedure Law articles have kind
 * {@link #KIND_LAW}; interpretation articles {@link #KIND_INTERPRETATION}. An interpretation
 * without 第X条 articles becomes one entry with number 0 holding its whole text. Penalty tiers are
 * read for the Criminal Law's special part (分则) only: the general part speaks of penalties
 * (判处罚金，应当…) without stating any.
 */
public final class LawsSource {
  /** Kind of a law adopted by the legislature. */
  public static final String KIND_LAW = "law";
  /** Kind of a judicial interpretation or other judicial document. */
  public static final String KIND_INTERPRETATION = "interpretation";
  /** Short name of the Criminal Law used in ids and labels. */
  public static final String CRIMINAL_LAW = "刑法";
  /** Short name of the Criminal Procedure Law used in ids and labels. */
  public static final String CRIMINAL_PROCEDURE_LAW = "刑事诉讼法";

  private static final Pattern FILE_DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\.md$");
  private static final Pattern HEADER_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

  /** What was read, and the problems met (each a readable reason; never dropped silently). */
  public record Result(List<StatuteArticle> articles, List<String> problems) {
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  private LawsSource() {}

  /**
   * Reads everything under {@code lawsDir}.
   *
   * @throws IOException when the folder or the Criminal Law file is missing or unreadable, or the
   *     Criminal Law has no articles (nothing useful could be read)
   */
  public static Result read(Path lawsDir) throws IOException {
    if (lawsDir == null || !Files.isDirectory(lawsDir)) {
      throw new IOException("laws folder not found: " + lawsDir);
    }
    Path criminalLawDir = lawsDir.resolve(CRIMINAL_LAW);
    Path criminalLaw = criminalLawDir.resolve("刑法.md");
    if (!Files.isRegularFile(criminalLaw)) {
      throw new IOException("Criminal Law file missing: " + lawsDir.relativize(criminalLaw));
    }
    List<String> problems = new ArrayList<>();
    List<StatuteArticle> out = new ArrayList<>();

    AmendmentIndex amendments = AmendmentIndex.read(criminalLawDir, problems);
    LawMarkdown cl;
    try {
      cl = LawMarkdown.parse(readUtf8(criminalLaw));
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw new IOException("刑法/刑法.md: " + reason(e), e);
    }
    if (cl.articles().isEmpty()) {
      throw new IOException("刑法/刑法.md: no article (第X条) found");
    }
    String clDate = lastHeaderDate(cl.header());
    reportGaps("刑法/刑法.md", cl, problems);
    for (LawMarkdown.RawArticle a : cl.articles()) {
      boolean specialPart = a.part() != null && a.part().contains("分则");
      out.add(article(CRIMINAL_LAW, CRIMINAL_LAW, KIND_LAW, a, specialPart,
          amendments.lastAmendment(a.number(), a.suffix()), clDate));
    }

    try (Stream<Path> s = Files.list(lawsDir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(CRIMINAL_PROCEDURE_LAW)
              && p.getFileName().toString().endsWith(".md")).sorted().toList()) {
        readDocument(p, CRIMINAL_PROCEDURE_LAW, KIND_LAW, lawsDir, out, problems);
      }
    }
    Path interpretations = lawsDir.resolve("司法解释");
    if (Files.isDirectory(interpretations)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(interpretations)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".md")
            && !p.getFileName().toString().startsWith("_")).sorted().toList();
      }
      Map<String, Integer> titles = new HashMap<>();
      List<LoadedDoc> docs = new ArrayList<>();
      for (Path p : files) {
        try {
          LawMarkdown md = LawMarkdown.parse(readUtf8(p));
          docs.add(new LoadedDoc(p, md));
          titles.merge(md.title(), 1, Integer::sum);
        } catch (IllegalArgumentException | CharacterCodingException e) {
          problems.add(lawsDir.relativize(p) + ": rejected: " + reason(e));
        }
      }
      for (LoadedDoc d : docs) {
        String date = date(d.path, d.md);
        String name = titles.get(d.md.title()) > 1 && date != null
            ? d.md.title() + "(" + date + ")" : d.md.title();
        if (date == null) {
          problems.add(lawsDir.relativize(d.path) + ": no date in file name or header");
        }
        addDocument(name, d.md.title(), KIND_INTERPRETATION, d.md, date, out);
      }
    } else {
      problems.add("司法解释: folder missing, no judicial interpretation read");
    }
    return new Result(out, problems);
  }

  /** Adds a problem for every article number missing from the sequence 1..max. */
  static void reportGaps(String file, LawMarkdown md, List<String> problems) {
    int expected = 1;
    for (LawMarkdown.RawArticle a : md.articles()) {
      if (a.suffix() != 0) {
        continue;
      }
      if (a.number() > expected) {
        problems.add(String.format(Locale.ROOT, "%s: article %s missing from the file (%d follows %d)",
            file, a.number() - expected == 1 ? Integer.toString(expected)
                : expected + "-" + (a.number() - 1), a.number(), expected - 1));
      } else if (a.number() < expected) {
        problems.add(String.format(Locale.ROOT, "%s: article %d out of order or repeated", file,
            a.number()));
      }
      expected = Math.max(expected, a.number() + 1);
    }
  }

  private record LoadedDoc(Path path, LawMarkdown md) {}

  private static void readDocument(Path p, String shortName, String kind, Path lawsDir,
      List<StatuteArticle> out, List<String> problems) throws IOException {
    try {
      LawMarkdown md = LawMarkdown.parse(readUtf8(p));
      if (md.articles().isEmpty()) {
        problems.add(lawsDir.relativize(p) + ": no article (第X条) found");
      }
      reportGaps(lawsDir.relativize(p).toString(), md, problems);
      addDocument(shortName, shortName, kind, md, date(p, md), out);
    } catch (IllegalArgumentException | CharacterCodingException e) {
      problems.add(lawsDir.relativize(p) + ": rejected: " + reason(e));
    }
  }

  private static void addDocument(String idName, String law, String kind, LawMarkdown md,
      String date, List<StatuteArticle> out) {
    if (md.articles().isEmpty()) {
      String body = (md.preamble() + "\n" + md.trailing()).strip();
      out.add(new StatuteArticle(idName + ":0", md.title(), kind, 0, 0, md.title(), null, null,
          null, body, List.of(new StatuteClause(1, body, List.of(), List.of())), null, date));
      return;
    }
    for (LawMarkdown.RawArticle a : md.articles()) {
      out.add(article(idName, law, kind, a, false, null, date));
    }
  }

  private static StatuteArticle article(String idName, String law, String kind,
      LawMarkdown.RawArticle a, boolean withPenalties, String amendedBy, String date) {
    List<StatuteClause> clauses = ClauseSplitter.split(a.paragraphs(), withPenalties);
    ArticleRef ref = new ArticleRef(idName, a.number(), a.suffix(), null, null);
    return new StatuteArticle(ref.id(), law, kind, a.number(), a.suffix(), ref.label(), a.part(),
        a.chapter(), a.section(), String.join("\n", a.paragraphs()), clauses, amendedBy, date);
  }

  /** The date in the file name {@code (2019-12-02)}, else the last date of the header block. */
  static String date(Path p, LawMarkdown md) {
    Matcher m = FILE_DATE.matcher(p.getFileName().toString());
    if (m.find()) {
      return m.group(1);
    }
    return lastHeaderDate(md.header());
  }

  private static String lastHeaderDate(List<String> header) {
    String last = null;
    for (String line : header) {
      Matcher m = HEADER_DATE.matcher(line);
      while (m.find()) {
        last = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1),
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    }
    return last;
  }

  /** Reads a file as strict UTF-8 (malformed bytes are an error, never replaced silently). */
  static String readUtf8(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }

  private static String reason(Exception e) {
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8 text (" + e.getClass().getSimpleName() + ")";
    }
    return e.getMessage();
  }
}
