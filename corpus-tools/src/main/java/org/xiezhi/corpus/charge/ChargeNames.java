package org.xiezhi.corpus.charge;

/** Normalises charge names for lookup: no trailing 罪, no spaces or 、, 帐 → 账, 剌 → 刺 (a misprint of 刺探 in the sources), full-width brackets. */
public final class ChargeNames {
  private ChargeNames() {}

  /** The lookup key of a spelling. */
  public static String key(String name) {
    String s = name.strip().replaceAll("[\\s\\u3000、，,]+", "")
        .replace('帐', '账').replace('剌', '刺').replace('(', '（').replace(')', '）');
    while (s.endsWith("罪") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The name with its trailing 罪. */
  public static String withZui(String name) {
    String s = name.strip();
    return s.endsWith("罪") ? s : s + "罪";
  }
}
