package org.xiezhi.eval.lecard;

/** A document id with a score, one line of a run. */
public record ScoredDoc(String docId, double score) {}
