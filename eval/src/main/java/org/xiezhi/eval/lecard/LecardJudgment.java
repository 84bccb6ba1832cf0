package org.xiezhi.eval.lecard;

import java.util.Set;

/** A LeCaRD candidate judgment as the evaluation uses it: id, basic facts, charges (catalogue names). */
public record LecardJudgment(String docId, String facts, Set<String> charges) {}
