package org.xiezhi.corpus.charge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xiezhi.corpus.model.ChargeEntry;

/**
 * The charge ↔ article catalogue. PLACEHOLDER until the catalogue work lands.
 */
public final class ChargeCatalogue {
  private ChargeCatalogue() {}

  /**
   * Builds the catalogue from the charge-name opinion and its supplements in {@code lawsDir},
   * aligned with CAIL's {@code accu.txt} and LeCaRD's charge names (either may be null).
   */
  public static ChargeCatalogue build(Path lawsDir, Path cailAccu, Path lecardCharges)
      throws IOException {
    throw new UnsupportedOperationException("charge catalogue not built yet");
  }

  /** Every charge, sorted by name. */
  public List<ChargeEntry> entries() {
    return List.of();
  }

  /** The entry for a name in any known spelling (with or without 罪, former names, CAIL, LeCaRD). */
  public Optional<ChargeEntry> lookup(String name) {
    return Optional.empty();
  }
}
