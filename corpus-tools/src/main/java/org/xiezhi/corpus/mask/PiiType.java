package org.xiezhi.corpus.mask;

/** Kinds of personal data the masker finds (法释〔2016〕19号 arts. 8–10). */
public enum PiiType {
  /** A name that must be reduced to surname + 某 (victim, witness, expert, minor, representative). */
  PERSON_NAME,
  /** Resident ID-card number (18 or 15 digits). */
  ID_NUMBER,
  /** Mobile or landline number, QQ or WeChat account. */
  PHONE,
  /** Home address below the county level. */
  ADDRESS,
  /** Bank account or card number. */
  BANK_ACCOUNT,
  /** Vehicle licence plate. */
  LICENCE_PLATE,
  /** Number of a certificate: driving licence, passport, property certificate and the like. */
  CERTIFICATE
}
