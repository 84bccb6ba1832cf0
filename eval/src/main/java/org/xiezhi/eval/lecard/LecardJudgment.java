package org.xiezhi.eval.lecard;

import java.util.Set;
import org.xiezhi.indexer.rank.CaseProfile;

/**
 * A LeCaRD candidate judgment as the evaluation uses it: id, basic facts, charges (catalogue names),
 * the court's reasoning and the ranker's profile of the parsed judgment (as the index builds it).
 */
public record LecardJudgment(String docId, String facts, Set<String> charges, String reasoning, CaseProfile profile) {
  /** A judgment known only by its facts and charges. */
  public LecardJudgment(String docId, String facts, Set<String> charges) {
    this(docId, facts, charges, "", org.xiezhi.indexer.rank.CaseProfiles.ofFacts(facts));
  }
}
