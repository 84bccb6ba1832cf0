package org.xiezhi.api.cli;

import org.xiezhi.corpus.mask.MaskingPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The masking policy option ({@code --masking public|internal}) of every command through which
 * judgments enter: {@code public} (release outside the courts, the default: every natural person
 * masked) or {@code internal} (use inside the courts' platform: adult defendants and court staff
 * kept, as 法释〔2016〕19号 art. 11 allows). See docs/masking.md.
 */
public final class MaskingOption {
  @Option(names = "--masking", paramLabel = "public|internal", converter = PolicyConverter.class,
      description = "masking policy: public (release outside the courts: every natural person masked; the default)"
          + " or internal (inside the courts' platform: adult defendants and court staff kept)")
  MaskingPolicy policy;

  /** The policy given, or {@code dflt} when the option was not given. */
  public MaskingPolicy policyOr(MaskingPolicy dflt) {
    return policy == null ? dflt : policy;
  }

  /** The policy given, or the default (public). */
  public MaskingPolicy policy() {
    return policyOr(MaskingPolicy.DEFAULT);
  }

  /** True when {@code --masking} was given. */
  public boolean given() {
    return policy != null;
  }

  /** {@code public} or {@code internal}; anything else is a usage error naming both. */
  static final class PolicyConverter implements ITypeConverter<MaskingPolicy> {
    @Override
    public MaskingPolicy convert(String value) {
      try {
        return MaskingPolicy.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
