package org.xiezhi.corpus.source;

/**
 * A judgment as a source delivers it, before parsing: the LeCaRD fields (ajName, ajjbqk, cpfxgc,
 * pjjg, qw, writName) or only a full text for a plain-text judgment. Absent fields are null.
 */
public record RawJudgment(
    String docId,
    String caseName,
    String basicFacts,
    String reasoning,
    String result,
    String fullText,
    String writName) {}
