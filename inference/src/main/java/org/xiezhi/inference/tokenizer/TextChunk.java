package org.xiezhi.inference.tokenizer;

/**
 * A piece of a longer text that fits the model: the character span {@code [start, end)} in the
 * original text, its text, and how many word-piece tokens it holds (special tokens excluded).
 */
public record TextChunk(int start, int end, String text, int tokens) {}
