package org.xiezhi.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One criminal case as written to {@code cases.jsonl}: a parsed judgment or a labelled fact
 * description. Every text field is masked before a record is built.
 *
 * <p>{@code charges} lists every charge of the case as a full name ending in 罪; {@code articles}
 * the Criminal Law articles cited, as labels like {@code 刑法第264条} or {@code 刑法第133条之一}.
 * {@code missing} names the parts the parser expected and did not find.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseRecord(
    String id,
    String source,
    String title,
    String court,
    String region,
    String caseNumber,
    String documentType,
    String procedure,
    String date,
    Integer year,
    String facts,
    String reasoning,
    String result,
    String fullText,
    List<String> charges,
    List<String> articles,
    List<Citation> citations,
    List<Defendant> defendants,
    List<String> missing) {

  public CaseRecord {
    charges = charges == null ? List.of() : List.copyOf(charges);
    articles = articles == null ? List.of() : List.copyOf(articles);
    citations = citations == null ? List.of() : List.copyOf(citations);
    defendants = defendants == null ? List.of() : List.copyOf(defendants);
    missing = missing == null ? List.of() : List.copyOf(missing);
  }

  /** This record with another full text (null: none). */
  public CaseRecord withFullText(String text) {
    return new CaseRecord(id, source, title, court, region, caseNumber, documentType, procedure, date, year, facts,
        reasoning, result, text, charges, articles, citations, defendants, missing);
  }
}
