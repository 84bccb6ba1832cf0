package org.xiezhi.indexer;

import org.xiezhi.corpus.model.CaseRecord;

/** A similar case with its whole stored record (for callers that read more than the hit shows). */
public record SimilarRecord(SimilarCase similar, CaseRecord record) {}
