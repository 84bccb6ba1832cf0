package org.xiezhi.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One article of a law as written to {@code statutes.jsonl}.
 *
 * <p>{@code id} is stable, e.g. {@code 刑法:264} or {@code 刑法:133-1} for 第一百三十三条之一;
 * {@code label} the canonical citation {@code 刑法第133条之一}. {@code part}, {@code chapter},
 * {@code section} hold the 编/章/节 headings (null where the law has none). For judicial
 * interpretations {@code law} is the document title and {@code date} its date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatuteArticle(
    String id,
    String law,
    String kind,
    int number,
    int suffix,
    String label,
    String part,
    String chapter,
    String section,
    String text,
    List<StatuteClause> clauses,
    String amendedBy,
    String date) {
  public StatuteArticle {
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
  }
}
