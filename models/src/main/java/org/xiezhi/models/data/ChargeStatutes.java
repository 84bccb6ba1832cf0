package org.xiezhi.models.data;

import org.xiezhi.corpus.charge.ChargeNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xiezhi.corpus.charge.ChargeCatalogue;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.model.StatuteClause;
import org.xiezhi.corpus.statute.ArticleRefParser;
import org.xiezhi.corpus.statute.LawsSource;
import org.xiezhi.corpus.statute.StatuteIndex;
import org.xiezhi.models.registry.ModelRegistry;

/**
 * What the law says about each CAIL charge label, for charges the training cases do not show: a
 * description (the charge's names and the 罪状 of its provisions, i.e. each defining 款 cut before
 * its penalty) and the Criminal Law articles that define it, from the charge catalogue and the
 * parsed Criminal Law. Article numbers follow CAIL2018: an article 之一 counts as its base number.
 */
public final class ChargeStatutes {
  /**
   * One charge: its names (label words, current and former names), the 罪状 of its provisions,
   * its defining article numbers (possibly empty) and the upper bound in months of the fixed term
   * of its first provision's first penalty tier (0 when not stated).
   */
  public record Entry(String label, String names, String conduct, List<Integer> articles, int baseMaxMonths) {
    /** Names and conduct in one text. */
    public String text() {
      return conduct.isEmpty() ? names : names + "。" + conduct;
    }
  }

  private final Map<String, Entry> byLabel;
  private final List<String> unmatched;
  private final Map<String, String> inputs;
  private final Map<String, Integer> ranges;

  private ChargeStatutes(Map<String, Entry> byLabel, List<String> unmatched, Map<String, String> inputs) {
    this.byLabel = byLabel;
    this.unmatched = List.copyOf(unmatched);
    this.inputs = java.util.Collections.unmodifiableMap(inputs);
    Map<String, Integer> r = new LinkedHashMap<>();
    byLabel.forEach((l, e) -> {
      if (e.baseMaxMonths() > 0) {
        r.put(l, e.baseMaxMonths());
      }
    });
    this.ranges = java.util.Collections.unmodifiableMap(r);
  }

  /**
   * The sha256 of what the descriptions were read from: the label list, and the Criminal Law and
   * judicial-interpretation folders (sha256 of their sorted {@code name<TAB>sha256} lines).
   */
  public Map<String, String> inputs() {
    return inputs;
  }

  static String folderDigest(Path dir) throws IOException {
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      sb.append(f.getFileName()).append('\t').append(ModelRegistry.sha256(f)).append('\n');
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the catalogue and the Criminal Law from {@code lawsDir} ({@code laws/} of the shared
   * data) and describes every label of {@code cailLabels}.
   */
  public static ChargeStatutes read(Path lawsDir, Path cailAccu, List<String> cailLabels) throws IOException {
    ChargeCatalogue cat = ChargeCatalogue.build(lawsDir, cailAccu, null);
    StatuteIndex idx = new StatuteIndex(LawsSource.read(lawsDir).articles());
    Map<String, Entry> out = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (String label : cailLabels) {
      Set<String> parts = new LinkedHashSet<>(ChargeNames.words(label));
      parts.add(ChargeNames.displayName(label));
      Set<String> conduct = new LinkedHashSet<>();
      Optional<ChargeEntry> e = cat.lookup(ChargeNames.displayName(label));
      List<Integer> articles = new ArrayList<>();
      int baseMax = 0;
      if (e.isEmpty()) {
        unmatched.add(label);
      } else {
        ChargeEntry ce = e.get();
        parts.add(ce.name());
        parts.addAll(ce.formerNames());
        List<String> refs = ce.provisions().isEmpty() ? ce.articles() : ce.provisions();
        for (String ref : refs) {
          var hit = ArticleRefParser.parse(ref).flatMap(idx::find);
          if (hit.isEmpty()) {
            continue;
          }
          var h = hit.get();
          // CAIL numbers an article 之一/之二 by its base article (危险驾驶, 第133条之一, is 133)
          if (!articles.contains(h.ref().number())) {
            articles.add(h.ref().number());
          }
          StatuteClause clause = h.clause().orElse(h.article().clauses().isEmpty() ? null : h.article().clauses().get(0));
          if (baseMax == 0 && clause != null && !clause.penalties().isEmpty()
              && clause.penalties().get(0).maxMonths() != null) {
            baseMax = clause.penalties().get(0).maxMonths();
          }
          String text = clause == null ? h.article().text() : conduct(clause);
          if (text != null && !text.isBlank()) {
            conduct.add(text);
          }
        }
      }
      out.put(label, new Entry(label, String.join("。", parts), String.join("。", conduct), List.copyOf(articles), baseMax));
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("cail2018/accu.txt", ModelRegistry.sha256(cailAccu));
    inputs.put("laws/刑法/", folderDigest(lawsDir.resolve("刑法")));
    inputs.put("laws/司法解释/", folderDigest(lawsDir.resolve("司法解释")));
    return new ChargeStatutes(out, unmatched, inputs);
  }

  /** The conduct a clause describes: its first penalty's condition, else its text before "处". */
  static String conduct(StatuteClause c) {
    if (!c.penalties().isEmpty() && c.penalties().get(0).condition() != null
        && !c.penalties().get(0).condition().isBlank()) {
      return c.penalties().get(0).condition();
    }
    String t = c.text();
    int cut = t.indexOf("的，处");
    return cut > 0 ? t.substring(0, cut + 1) : t;
  }

  /** The entry of a CAIL label (every label given to {@link #read} has one). */
  public Entry get(String label) {
    Entry e = byLabel.get(label);
    if (e == null) {
      throw new IllegalArgumentException("not a described charge label: " + label);
    }
    return e;
  }

  /** Each label's base-tier upper bound in months (labels without one left out). */
  public Map<String, Integer> baseMaxMonths() {
    return ranges;
  }

  /** The term model's range signals for {@code charges} (see {@link #rangeSignals(Map, java.util.Collection)}). */
  public List<String> rangeSignals(java.util.Collection<String> charges) {
    return rangeSignals(baseMaxMonths(), charges);
  }

  /** {@code R:<months>} for each charge with a known base-tier upper bound in {@code ranges}. */
  public static List<String> rangeSignals(Map<String, Integer> ranges, java.util.Collection<String> charges) {
    List<String> out = new ArrayList<>();
    for (String c : charges) {
      Integer m = ranges.get(c);
      if (m != null) {
        out.add("R:" + m);
      }
    }
    return out;
  }

  /** The labels the catalogue did not know (described by their names only). */
  public List<String> unmatched() {
    return unmatched;
  }
}
