package org.xiezhi.corpus.mask;

import java.util.List;
import java.util.Map;

/**
 * Masks personal data in judgment texts as the SPC rules on publishing judgments online require
 * (法释〔2016〕19号, arts. 8–10) under a {@link MaskingPolicy}: names of victims, witnesses,
 * experts, minors and legal representatives become surname + 某 (the same form in every field of a
 * document); ID-card, phone, bank account, licence plate and certificate numbers and home
 * addresses below county level become ×. Adult defendants, judges, prosecutors and lawyers keep
 * their names under {@link MaskingPolicy#INTERNAL} and are masked too under
 * {@link MaskingPolicy#PUBLIC_RELEASE}. Thread-safe; each {@link DocumentMasker} is not.
 */
public final class PiiMasker {

  /** Masking state of one document, so a person gets the same masked name in every field. */
  public interface DocumentMasker {
    /** The text with its personal data masked; null and empty text are returned as they are. */
    String mask(String text);

    /**
     * Learns the names a text introduces (被害人X, 证人X …) without masking it. Call it with the
     * full text first so fields masked before the full text get the same names masked.
     */
    void learn(String text);

    /** The personal data found in {@code text}, in order, not overlapping (learns from it too). */
    List<PiiSpan> find(String text);

    /** The names learned so far that are masked, each with its masked form. */
    Map<String, String> maskedNames();
  }

  private static final PiiMasker INTERNAL = new PiiMasker(MaskingPolicy.INTERNAL);
  private static final PiiMasker PUBLIC_RELEASE = new PiiMasker(MaskingPolicy.PUBLIC_RELEASE);

  private final MaskingPolicy policy;

  private PiiMasker(MaskingPolicy policy) {
    this.policy = policy;
  }

  /** The masker of the default policy ({@link MaskingPolicy#DEFAULT}, public release). */
  public static PiiMasker standard() {
    return of(MaskingPolicy.DEFAULT);
  }

  /** The masker of {@code policy}. */
  public static PiiMasker of(MaskingPolicy policy) {
    return policy == MaskingPolicy.INTERNAL ? INTERNAL : PUBLIC_RELEASE;
  }

  public MaskingPolicy policy() {
    return policy;
  }

  /** A masker for one document; pass every text field of that document through it. */
  public DocumentMasker forDocument() {
    return new DocumentState(policy);
  }

  /**
   * A masker for one document that has already learned the names in {@code texts} (null entries
   * are ignored): pass the full text and the other fields here, then mask each field.
   */
  public DocumentMasker forDocument(String... texts) {
    DocumentState state = new DocumentState(policy);
    for (String t : texts) {
      state.learn(t);
    }
    return state;
  }
}
