package org.xiezhi.eval.lecard;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.indexer.rank.ChargeNormalizer;

/**
 * Reads the charges a judgment convicts of from its result text ({@code 被告人某犯盗窃罪、诈骗罪，判处…}):
 * each run of Chinese text after 犯 up to its last 罪, split at {@code 罪、}, each part normalized to
 * the catalogue. A light rule for the LeCaRD evaluation, used where no parsed record is at hand.
 */
public final class ResultChargeExtractor {
  private static final Pattern RUN = Pattern.compile("犯([\\p{IsHan}、]{2,60})");
  private static final Pattern SPLIT = Pattern.compile("(?<=罪)、");

  private final ChargeNormalizer normalizer;

  public ResultChargeExtractor(ChargeNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The catalogue names of the charges in {@code result}; empty for null or no match. */
  public Set<String> extract(String result) {
    Set<String> out = new LinkedHashSet<>();
    if (result == null) {
      return out;
    }
    Matcher m = RUN.matcher(result);
    while (m.find()) {
      String run = m.group(1);
      int end = run.lastIndexOf('罪');
      if (end < 1) {
        continue;
      }
      run = run.substring(0, end + 1);
      if (run.endsWith("的定罪")) {
        run = run.substring(0, run.length() - 3);
      }
      for (String part : SPLIT.split(run)) {
        if (part.length() >= 3 && part.endsWith("罪") && !part.equals("犯罪")) {
          out.add(normalizer.normalize(part));
        }
      }
    }
    return out;
  }
}
