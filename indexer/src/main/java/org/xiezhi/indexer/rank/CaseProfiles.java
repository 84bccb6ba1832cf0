package org.xiezhi.indexer.rank;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiezhi.corpus.facts.AmountExtractor;
import org.xiezhi.corpus.facts.Circumstance;
import org.xiezhi.corpus.facts.CircumstanceDetector;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.model.Defendant;
import org.xiezhi.corpus.model.Sentence;

/** Reads a {@link CaseProfile} from a fact description or a case record, by rules over the wording of judgments. */
public final class CaseProfiles {
  private static final CircumstanceDetector CIRCUMSTANCES = new CircumstanceDetector();
  private static final Pattern DEATH = Pattern.compile("(致|造成)[^，。；]{0,10}死亡|抢救无效死亡|当场死亡|经抢救无效|因[^，。；]{0,10}死亡");
  private static final Pattern SERIOUS = Pattern.compile("重伤");
  private static final Pattern LIGHT = Pattern.compile("轻伤");
  private static final Pattern SLIGHT = Pattern.compile("轻微伤");
  private static final Pattern DRUG_WORDS = Pattern.compile("毒品|甲基苯丙胺|海洛因|冰毒|麻古|氯胺酮|大麻|可卡因|吗啡");
  private static final Pattern GRAMS = Pattern.compile("([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*(千克|公斤|克|g|kg)");

  private CaseProfiles() {}

  /** The profile of a fact description whose sentence is not known (a query). */
  public static CaseProfile ofFacts(String facts) {
    String f = facts == null ? "" : facts;
    return new CaseProfile(amount(f), injury(f), drugGrams(f), circumstances(f), 0, -1, "", f.length());
  }

  /** The profile of an indexed case: its facts' features plus its defendants and first sentence. */
  public static CaseProfile of(CaseRecord r) {
    String f = r.facts() == null ? "" : r.facts();
    int months = -1;
    String words = "";
    for (Defendant d : r.defendants()) {
      if (d.sentence() != null) {
        months = months(d.sentence());
        words = org.xiezhi.corpus.model.SentenceWords.of(d.sentence());
        break;
      }
    }
    return new CaseProfile(amount(f), injury(f), drugGrams(f), circumstances(f), r.defendants().size(), months,
        words, f.length());
  }

  static long amount(String f) {
    AmountExtractor.Amount a = AmountExtractor.extract(f);
    return a == null ? -1 : a.yuan();
  }

  static int injury(String f) {
    if (DEATH.matcher(f).find()) {
      return 4;
    }
    if (SERIOUS.matcher(f).find()) {
      return 3;
    }
    if (LIGHT.matcher(f).find()) {
      return 2;
    }
    return SLIGHT.matcher(f).find() ? 1 : 0;
  }

  static double drugGrams(String f) {
    if (!DRUG_WORDS.matcher(f).find()) {
      return -1;
    }
    double best = -1;
    Matcher m = GRAMS.matcher(f);
    while (m.find()) {
      String n = ascii(m.group(1));
      try {
        double g = Double.parseDouble(n);
        String unit = m.group(2);
        if (unit.equals("千克") || unit.equals("公斤") || unit.equals("kg")) {
          g *= 1000;
        }
        best = Math.max(best, g);
      } catch (NumberFormatException e) {
        // not a number after all
      }
    }
    return best;
  }

  static Set<String> circumstances(String f) {
    Set<String> out = new LinkedHashSet<>();
    for (Circumstance c : CIRCUMSTANCES.detect(f)) {
      out.add(c.code());
    }
    return out;
  }

  /** Months of a sentence on one scale (life 300, death with reprieve 360, death 420, no prison 0). */
  static int months(Sentence s) {
    if (s.type() == null) {
      return -1;
    }
    return switch (s.type()) {
      case Sentence.LIFE -> 300;
      case Sentence.DEATH_REPRIEVE -> 360;
      case Sentence.DEATH -> 420;
      case Sentence.FINE_ONLY, Sentence.EXEMPT -> 0;
      default -> s.months() == null ? -1 : s.months();
    };
  }

  private static String ascii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
    }
    return b.toString();
  }
}
