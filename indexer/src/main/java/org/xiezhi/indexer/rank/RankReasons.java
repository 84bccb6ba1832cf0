package org.xiezhi.indexer.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says in a judge's words why the learned ranker placed a case where it did: the features whose parts
 * of its score ({@link RankModel#parts}) added most, most first (同罪名、同一数额档次、均有自首…), then the sentence of that case.
 */
public final class RankReasons {
  private static final Map<String, String> CIRCUMSTANCE_NAMES = Map.ofEntries(
      Map.entry("SURRENDER", "自首"), Map.entry("CONFESSION", "坦白"), Map.entry("MERITORIOUS", "立功"),
      Map.entry("RECIDIVIST", "累犯"), Map.entry("PLEA", "认罪认罚"), Map.entry("RESTITUTION", "退赃退赔"),
      Map.entry("FORGIVENESS", "取得谅解"), Map.entry("MINOR", "未成年"), Map.entry("ACCESSORY", "从犯"),
      Map.entry("ATTEMPT", "未遂"), Map.entry("ABANDONMENT", "犯罪中止"), Map.entry("FIRST_OFFENCE", "初犯"),
      Map.entry("PRIOR_RECORD", "前科"), Map.entry("REDUCTION", "减轻处罚"), Map.entry("ELDERLY", "已满七十五周岁"));
  private static final String[] TIER_WORDS = {"三千元以下", "三千元至三万元", "三万元至三十万元", "三十万元至三百万元", "三百万元以上"};
  private static final String[] INJURY_WORDS = {"", "轻微伤", "轻伤", "重伤", "死亡"};

  /** A closeness feature (1 equal, 0 at two orders of magnitude apart) counts as "close" from here (about 3.2×). */
  static final double CLOSE = 0.75;

  private RankReasons() {}

  /**
   * The reasons for one candidate: each feature whose weighted value adds to the score, largest first,
   * in words; the case's sentence last when known.
   */
  public static List<String> of(RankModel model, double[] f, Set<String> queryCharges, CaseProfile query,
      FeatureCandidate c) {
    double[] all = model.parts(f);
    List<double[]> parts = new ArrayList<>();
    for (int i = 0; i < f.length; i++) {
      if (all[i] > 1e-9) {
        parts.add(new double[] {i, all[i]});
      }
    }
    parts.sort((a, b) -> Double.compare(b[1], a[1]));
    List<String> out = new ArrayList<>();
    boolean chargeSaid = false;
    for (double[] p : parts) {
      String name = RankFeatures.NAMES.get((int) p[0]);
      // a tree can add to the score for a feature that is off (e.g. no drugs in either case): say a
      // feature only where its value says the two cases agree
      String words = switch (name) {
        case "bm25", "bm25_rank" -> f[0] >= 0.8 ? "案情叙述高度相似" : f[0] >= 0.5 ? "案情叙述相似" : null;
        case "reasoning_bm25" -> f[1] >= 0.5 ? "裁判理由所述情节相近" : null;
        case "charge_jaccard", "charges_covered", "principal_charge" -> chargeSaid ? null : charges(queryCharges, c);
        case "amount_tier" -> f[(int) p[0]] < 1 ? null
            : "同一数额档次（均在" + TIER_WORDS[RankFeatures.tier(c.profile().amountYuan())] + "）";
        case "amount_close" -> f[(int) p[0]] < CLOSE ? null
            : "涉案数额相近（本案约" + yuan(query.amountYuan()) + "，该案约" + yuan(c.profile().amountYuan()) + "）";
        case "injury_same" -> f[(int) p[0]] < 1 ? null : "伤情同为" + INJURY_WORDS[c.profile().injury()];
        case "drug_close" -> f[(int) p[0]] < CLOSE ? null
            : "毒品数量相近（本案" + grams(query.drugGrams()) + "，该案" + grams(c.profile().drugGrams()) + "）";
        case "circumstance_jaccard" -> shared(query.circumstances(), c.profile().circumstances());
        case "sentence_close" -> null; // said below with the sentence itself
        case "length_close" -> null;
        default -> null;
      };
      if (name.startsWith("charge") || name.equals("principal_charge")) {
        chargeSaid = chargeSaid || words != null;
      }
      if (words != null && !out.contains(words)) {
        out.add(words);
      }
    }
    if (!c.profile().penalty().isEmpty()) {
      boolean typical = all[RankFeatures.NAMES.indexOf("sentence_close")] > 1e-9
          && f[RankFeatures.NAMES.indexOf("sentence_close")] >= 0.75;
      out.add("该案判处" + c.profile().penalty() + (typical ? "（与最相似各案的量刑相当）" : ""));
    }
    return out;
  }

  private static String charges(Set<String> query, FeatureCandidate c) {
    Set<String> shared = new TreeSet<>(c.charges());
    shared.retainAll(query);
    if (shared.isEmpty()) {
      return null;
    }
    return (shared.containsAll(query) && c.charges().size() == shared.size() ? "同罪名（" : "罪名部分相同（")
        + String.join("、", shared) + "）";
  }

  private static String shared(Set<String> a, Set<String> b) {
    List<String> names = new ArrayList<>();
    for (String code : new TreeSet<>(a)) {
      if (b.contains(code)) {
        names.add(CIRCUMSTANCE_NAMES.getOrDefault(code, code));
      }
    }
    return names.isEmpty() ? null : "均有" + String.join("、", names) + "情节";
  }

  static String yuan(long y) {
    if (y >= 10_000) {
      return String.format(Locale.ROOT, "%.1f万元", y / 10_000.0).replace(".0万", "万");
    }
    return y + "元";
  }

  private static String grams(double g) {
    return g >= 1000 ? String.format(Locale.ROOT, "%.2f千克", g / 1000) : String.format(Locale.ROOT, "%.2f克", g);
  }
}
