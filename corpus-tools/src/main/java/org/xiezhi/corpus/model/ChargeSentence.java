package org.xiezhi.corpus.model;

/** The penalty one defendant received for one charge, before any combination (数罪并罚). */
public record ChargeSentence(String charge, Sentence sentence) {}
