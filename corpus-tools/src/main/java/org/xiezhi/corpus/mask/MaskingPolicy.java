package org.xiezhi.corpus.mask;

import java.util.Locale;

/**
 * Whose names a masker replaces. Both modes follow 最高人民法院关于人民法院在互联网公布裁判文书的规定
 * (法释〔2016〕19号): numbers that identify a person (art. 10: ID, phone, account, plate, certificate
 * numbers, home addresses below county level) and the names art. 8 protects (victims, witnesses,
 * experts, minors, legal representatives, civil plaintiffs) are always masked.
 *
 * <ul>
 *   <li>{@link #INTERNAL}: use inside the courts' platform. Art. 11 lets published judgments keep
 *       the names of adult defendants, judges, clerks, prosecutors and counsel; this mode keeps
 *       them, as the judgments themselves do.
 *   <li>{@link #PUBLIC_RELEASE}: release outside the courts (the default). Every natural person
 *       named is masked: adult defendants, and the names after 审判长, 审判员, 陪审员, 书记员,
 *       法官助理, 检察员, 辩护人, 律师, 诉讼代理人 and 委托代理人 too. This goes beyond the
 *       minimum of art. 8 on purpose: a released corpus has no need of anyone's name.
 * </ul>
 */
public enum MaskingPolicy {
  INTERNAL("internal"),
  PUBLIC_RELEASE("public");

  /** The policy of a masker that is given none. */
  public static final MaskingPolicy DEFAULT = PUBLIC_RELEASE;

  private final String label;

  MaskingPolicy(String label) {
    this.label = label;
  }

  /** {@code internal} or {@code public}. */
  public String label() {
    return label;
  }

  /** The policy named {@code internal} or {@code public} (case-insensitive). */
  public static MaskingPolicy parse(String s) {
    for (MaskingPolicy p : values()) {
      if (p.label.equals(s == null ? null : s.trim().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("masking policy must be 'internal' or 'public', not '" + s + "'");
  }
}
