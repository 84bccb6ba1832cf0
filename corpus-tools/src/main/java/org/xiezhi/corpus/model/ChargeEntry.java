package org.xiezhi.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One charge of the catalogue as written to {@code charges.jsonl}: its current name (ending in
 * 罪), the articles (and 款) that define it, earlier names, and its spelling in CAIL2018 and LeCaRD.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChargeEntry(
    String name,
    List<String> articles,
    List<String> provisions,
    List<String> formerNames,
    String cailName,
    String lecardName,
    String source) {
  public ChargeEntry {
    articles = articles == null ? List.of() : List.copyOf(articles);
    provisions = provisions == null ? List.of() : List.copyOf(provisions);
    formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
  }
}
