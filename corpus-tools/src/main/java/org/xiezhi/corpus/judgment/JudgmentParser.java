package org.xiezhi.corpus.judgment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Citation;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.source.RawJudgment;

/**
 * Parses a criminal judgment into a {@link CaseRecord}: a LeCaRD judgment (its separate fields are
 * used where present) or a plain-text judgment (only the full text). The record is not masked;
 * the caller masks it (see {@code org.xiezhi.corpus.ingest.CaseMasking}).
 *
 * <p>Parts that could not be found are named in {@link CaseRecord#missing()}: {@code court},
 * {@code region}, {@code caseNumber}, {@code documentType}, {@code procedure}, {@code date},
 * {@code facts}, {@code reasoning}, {@code result}, {@code defendants}, {@code charges},
 * {@code sentence} (some convicted defendant without a principal penalty), {@code citations}. An
 * acquitted defendant (无罪) is listed with no charges and no sentence.
 */
public final class JudgmentParser {
  private static final Pattern PROCEDURE_IN_NAME = Pattern.compile("(一审|二审|再审|重审|审判监督|复核)");
  private static final Pattern CONVICTED =
      Pattern.compile("(?:构成|犯有?|成立)(?!罪)([^\\s，,。；;：:（）()“”]{1,30}?罪)(?=[\\s，,。；;：:（）()“”]|$)");
  private static final Pattern UPPER_COURT = Pattern.compile("向([\\p{IsHan}]{2,40}?(?:高级|中级)人民法院)");
  private static final Pattern PROSECUTOR = Pattern.compile("公诉机关\\s*([\\p{IsHan}]{2,40}?人民检察院)");

  private JudgmentParser() {}

  /** Parses {@code raw} as a LeCaRD judgment ({@code source} lecard) with its doc id as record id. */
  public static CaseRecord parseLecard(RawJudgment raw) {
    return parse(raw, raw.docId(), "lecard");
  }

  /** Parses a plain-text judgment; its record id is {@code text-<stem>}. */
  public static CaseRecord parseText(String stem, String fullText) {
    return parse(new RawJudgment(stem, null, null, null, null, fullText, null), "text-" + stem, "text");
  }

  /** Parses {@code raw} into a record with the given id and source. */
  public static CaseRecord parse(RawJudgment raw, String id, String source) {
    String full = JudgmentSections.clean(raw.fullText());
    String body = full == null ? "" : JudgmentSections.body(full);
    String head = body.substring(0, Math.min(body.length(), 400));
    String writName = JudgmentSections.clean(raw.writName());

    String court = JudgmentSections.court(head);
    String caseNumber = JudgmentSections.caseNumber(head);
    if (caseNumber == null && body.length() > 400) {
      caseNumber = JudgmentSections.caseNumber(body.substring(0, Math.min(body.length(), 1500)));
    }
    String docType = JudgmentSections.documentType(head, court);
    if (docType == null && writName != null) {
      docType = JudgmentSections.documentType(writName, null);
    }
    String procedure = procedure(writName, caseNumber, head);
    String date = JudgmentSections.date(body);

    String facts = JudgmentSections.factsFound(JudgmentSections.clean(raw.basicFacts()));
    if (facts == null) {
      facts = JudgmentSections.factsFound(body);
    }
    if (facts == null) {
      facts = JudgmentSections.clean(raw.basicFacts());
    }
    if (JudgmentSections.refersToAllegation(facts)) {
      // "本院经审理查明的事实与公诉机关指控的事实一致": the facts are the prosecution's account.
      String alleged = raw.basicFacts() != null ? JudgmentSections.clean(raw.basicFacts()) : JudgmentSections.allegation(body);
      if (alleged != null) {
        facts = alleged.contains(facts) ? alleged : alleged + "\n" + facts;
      }
    }
    String reasoning = JudgmentSections.clean(raw.reasoning());
    if (reasoning == null) {
      reasoning = JudgmentSections.reasoning(body);
    }
    String result = JudgmentSections.clean(raw.result());
    if (result == null) {
      result = JudgmentSections.result(body);
    }

    String region = region(court, caseNumber, result, head);

    List<Citation> citations = CitationParser.parse(JudgmentSections.legalBasis(reasoning));
    if (citations.isEmpty() && full != null) {
      citations = CitationParser.parse(JudgmentSections.legalBasis(JudgmentSections.reasoning(body)));
    }
    List<String> articles = CitationParser.criminalLawArticles(citations);

    List<Defendant> defendants = ResultParser.parse(result);
    Set<String> charges = new LinkedHashSet<>();
    for (Defendant d : defendants) {
      charges.addAll(d.charges());
    }
    if (charges.isEmpty()) {
      charges.addAll(convicted(reasoning));
    }

    String title = writName != null ? writName : titleOf(court, docType, caseNumber);
    List<String> missing = new ArrayList<>();
    mark(missing, "court", court);
    mark(missing, "region", region);
    mark(missing, "caseNumber", caseNumber);
    mark(missing, "documentType", docType);
    mark(missing, "procedure", procedure);
    mark(missing, "date", date);
    mark(missing, "facts", facts);
    mark(missing, "reasoning", reasoning);
    mark(missing, "result", result);
    if (defendants.isEmpty()) {
      missing.add("defendants");
    }
    if (charges.isEmpty()) {
      missing.add("charges");
    }
    if (defendants.stream().anyMatch(d -> !d.charges().isEmpty() && d.sentence() == null)) {
      missing.add("sentence");
    }
    if (citations.isEmpty()) {
      missing.add("citations");
    }
    Integer year = date == null ? null : Integer.valueOf(date.substring(0, 4));
    return new CaseRecord(
        id, source, title, court, region, caseNumber, docType, procedure, date, year, facts,
        reasoning, result, full, new ArrayList<>(charges), articles, citations, defendants, missing);
  }

  /** 一审, 二审, 再审, 复核, from the document name, else the case number, else the heading. */
  static String procedure(String writName, String caseNumber, String head) {
    if (writName != null) {
      Matcher m = PROCEDURE_IN_NAME.matcher(writName);
      if (m.find()) {
        return normaliseProcedure(m.group(1));
      }
    }
    if (caseNumber != null) {
      String c = caseNumber;
      if (c.matches(".*刑[一二三四五六]?(?:初|重).*")) {
        return "一审";
      }
      if (c.matches(".*刑[一二三四五六]?终.*")) {
        return "二审";
      }
      if (c.matches(".*刑[一二三四五六]?(?:再|监|申|提).*")) {
        return "再审";
      }
      if (c.matches(".*刑[一二三四五六]?核.*")) {
        return "复核";
      }
    }
    Matcher m = PROCEDURE_IN_NAME.matcher(head);
    if (m.find()) {
      return normaliseProcedure(m.group(1));
    }
    return null;
  }

  private static String normaliseProcedure(String p) {
    return switch (p) {
      case "重审" -> "一审";
      case "审判监督" -> "再审";
      default -> p;
    };
  }

  static String region(String court, String caseNumber, String result, String head) {
    String r = Regions.leadingProvince(court);
    if (r == null) {
      r = Regions.fromCaseNumber(caseNumber);
    }
    if (r == null && result != null) {
      Matcher m = UPPER_COURT.matcher(result);
      if (m.find()) {
        r = Regions.leadingProvince(m.group(1));
      }
    }
    if (r == null) {
      Matcher m = PROSECUTOR.matcher(head);
      if (m.find()) {
        r = Regions.leadingProvince(m.group(1));
      }
    }
    if (r == null) {
      r = Regions.fromLeadingCity(court);
    }
    // The pre-2016 case number (（2013）晋源刑初字…) often opens with a city, not a province: on
    // LeCaRD its first character named the court's province in only 83% of the cases checked, so it
    // is not used; a region not found is reported missing rather than guessed.
    return r;
  }

  /** Charges the reasoning says were committed (其行为已构成X罪), used when the result names none. */
  static List<String> convicted(String reasoning) {
    Set<String> out = new LinkedHashSet<>();
    if (reasoning != null) {
      Matcher m = CONVICTED.matcher(reasoning);
      while (m.find()) {
        String c = m.group(1);
        if (!c.startsWith("罪") && !c.contains("的") && c.length() >= 3) {
          out.add(c);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static String titleOf(String court, String docType, String caseNumber) {
    StringBuilder sb = new StringBuilder();
    for (String s : new String[] {court, docType, caseNumber}) {
      if (s != null) {
        sb.append(s);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static void mark(List<String> missing, String name, String value) {
    if (value == null || value.isBlank()) {
      missing.add(name);
    }
  }
}
