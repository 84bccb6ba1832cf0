package org.xiezhi.api.port;

import java.util.List;

/** Similar-case retrieval (类案检索) with the reasons each case is similar. */
public interface SimilarCasePort {

  /**
   * One similar case: shared charges and articles, the key terms both texts contain, and the
   * principal term in months of its first defendant (null when not a fixed term); court, date, case
   * number, {@code source} ({@code demo} for the fictional judgments) and the first defendant's
   * penalty in words.
   */
  record Similar(
      String id,
      String title,
      double score,
      List<String> charges,
      List<String> articles,
      Integer termMonths,
      List<String> sharedCharges,
      List<String> sharedArticles,
      List<String> sharedTerms,
      String explanation,
      String court,
      String date,
      String caseNumber,
      String source,
      String sentence) {
    public Similar(String id, String title, double score, List<String> charges, List<String> articles, Integer termMonths,
        List<String> sharedCharges, List<String> sharedArticles, List<String> sharedTerms, String explanation) {
      this(id, title, score, charges, articles, termMonths, sharedCharges, sharedArticles, sharedTerms, explanation,
          null, null, null, null, null);
    }
  }

  /**
   * The similar cases of one query, the charges they were ranked with ({@code chargesFrom}: request,
   * model id@version, none) and the ranker that ordered them ({@code ranker}: its name and version).
   */
  record Answer(List<Similar> cases, List<String> charges, String chargesFrom, String ranker) {}

  /** Similar cases ranked by the facts and no charges. */
  default List<Similar> similar(String facts, int limit) {
    return similar(facts, List.of(), limit).cases();
  }

  /**
   * Similar cases ranked by the facts and {@code charges} (the case's known or proposed charges);
   * when {@code charges} is empty an implementation may rank with the charges its charge model
   * decides on the facts, and says so in {@link Answer#chargesFrom()}.
   */
  Answer similar(String facts, List<String> charges, int limit);
}
