package org.xiezhi.corpus.mask;

/**
 * Masks personal data in judgment texts as the SPC rules on publishing judgments online require.
 * PLACEHOLDER until the masking work lands: it returns the text unchanged.
 */
public final class PiiMasker {
  /** Masking state of one document, so a person gets the same masked name in every field. */
  public interface DocumentMasker {
    String mask(String text);
  }

  /** The standard masker. */
  public static PiiMasker standard() {
    return new PiiMasker();
  }

  /** A masker for one document; pass every text field of that document through it. */
  public DocumentMasker forDocument() {
    return text -> text;
  }
}
