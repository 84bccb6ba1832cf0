package org.xiezhi.indexer.rank;

import java.util.Set;

/**
 * A case as the {@link SimilarCaseRanker} ranks it: the final score and its parts, so the caller
 * can say why the case is similar (the shared charges, the share of the keyword score).
 *
 * @param docId the case id
 * @param score final score, {@code textPart + chargePart}
 * @param textPart the keyword score divided by the best keyword score among the candidates (0–1)
 * @param chargePart the charge weight times the Jaccard overlap of the charge sets
 * @param sharedCharges the charges the case shares with the query
 */
public record RankedCase(
    String docId, double score, double textPart, double chargePart, Set<String> sharedCharges) {}
