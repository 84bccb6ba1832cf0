package org.xiezhi.corpus.charge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.statute.ArticleRef;

/**
 * The charge ↔ article catalogue: the 1997 charge-name opinion with its eight supplements
 * (2002–2024) applied in order (renames, merges, additions, abolitions; former names kept),
 * aligned with CAIL2018's {@code accu.txt} and LeCaRD's {@code criminal_charges.txt}.
 *
 * <p>{@link #entries()} holds the current charges, the abolished ones (source {@code 取消: …})
 * and the group labels CAIL uses (source {@code group: …}). {@link #lookup} accepts any known
 * spelling: with or without 罪, former names, the CAIL and LeCaRD spellings, 帐/账, with or
 * without 、.
 */
public final class ChargeCatalogue {
  static final String OPINION_PREFIX = "最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见";
  static final String SUPPLEMENT_MARK = "确定罪名的补充规定";
  private static final Pattern SUPPLEMENT_DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\.md$");

  private final List<ChargeEntry> entries;
  private final Map<String, ChargeEntry> byKey;
  private final List<String> problems;
  private final List<String> unmappedLecard;
  private final List<String> unmappedCail;
  private final Map<String, Integer> countsAfter;

  private ChargeCatalogue(List<ChargeEntry> entries, Map<String, ChargeEntry> byKey,
      List<String> problems, List<String> unmappedCail, List<String> unmappedLecard,
      Map<String, Integer> countsAfter) {
    this.countsAfter = Collections.unmodifiableMap(new LinkedHashMap<>(countsAfter));
    this.entries = List.copyOf(entries);
    this.byKey = Map.copyOf(byKey);
    this.problems = List.copyOf(problems);
    this.unmappedCail = List.copyOf(unmappedCail);
    this.unmappedLecard = List.copyOf(unmappedLecard);
  }

  /**
   * Builds the catalogue from the charge-name opinion and its supplements in {@code lawsDir},
   * aligned with CAIL's {@code accu.txt} and LeCaRD's charge names (either may be null).
   *
   * @throws IOException when the opinion is missing or yields no charge, or a file is unreadable
   */
  public static ChargeCatalogue build(Path lawsDir, Path cailAccu, Path lecardCharges)
      throws IOException {
    Path dir = lawsDir == null ? null : lawsDir.resolve("司法解释");
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("judicial interpretations folder not found: " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    Path opinion = files.stream()
        .filter(p -> p.getFileName().toString().startsWith(OPINION_PREFIX)).findFirst()
        .orElseThrow(() -> new IOException("charge-name opinion (" + OPINION_PREFIX + ") not found in " + dir));
    List<Path> supplements = new ArrayList<>(files.stream()
        .filter(p -> p.getFileName().toString().contains(SUPPLEMENT_MARK)).toList());
    supplements.sort(Comparator.comparing(ChargeCatalogue::dateOf));

    List<String> problems = new ArrayList<>();
    ChargeLedger ledger = new ChargeLedger(problems);
    String opinionName = title(opinion);
    List<ChargeNameDocuments.Stated> listed =
        ChargeNameDocuments.readOpinion(body(opinion), problems, opinionName);
    if (listed.isEmpty()) {
      throw new IOException(opinionName + ": no charge (名称（第X条）) read");
    }
    for (ChargeNameDocuments.Stated st : listed) {
      ledger.add(st, opinionName);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(opinionName, ledger.activeCount());
    if (supplements.size() != 8) {
      problems.add("expected 8 charge-name supplements, found " + supplements.size());
    }
    for (Path sup : supplements) {
      String name = title(sup);
      List<ChargeNameDocuments.Stated> rows =
          ChargeNameDocuments.readSupplement(body(sup), problems, name);
      if (rows.isEmpty()) {
        problems.add(name + ": no charge read");
      }
      for (ChargeNameDocuments.Stated st : rows) {
        ledger.apply(st, name);
      }
      counts.put(name, ledger.activeCount());
    }
    applyRenumbering(ledger);
    ExternalNames external = ExternalNames.align(ledger, readNames(cailAccu), readNames(lecardCharges),
        CriminalLawSections.read(lawsDir), problems);
    return new ChargeCatalogue(external.entries(), external.byKey(), problems,
        external.unmappedCail(), external.unmappedLecard(), counts);
  }

  /**
   * 款 renumbered by amendments that no supplement restated (our reading of the current text, kept
   * here as data): 修正案（八） inserted 境外黑社会 as 第294条第2款 (包庇、纵容 moved from 款4 to 款3);
   * 修正案（九） inserted 组织、强迫未成年人卖淫 as 第358条第2款 (协助组织卖淫 moved from 款3 to 款4).
   */
  private static void applyRenumbering(ChargeLedger ledger) {
    ledger.renumber("包庇、纵容黑社会性质组织罪", ref(294, 4), ref(294, 3), "刑法修正案（八） renumbered the 款");
    ledger.renumber("协助组织卖淫罪", ref(358, 3), ref(358, 4), "刑法修正案（九） renumbered the 款");
  }

  private static ArticleRef ref(int article, int paragraph) {
    return new ArticleRef(org.xiezhi.corpus.statute.LawsSource.CRIMINAL_LAW, article, 0, paragraph, null);
  }

  private static String dateOf(Path p) {
    Matcher m = SUPPLEMENT_DATE.matcher(p.getFileName().toString());
    return m.find() ? m.group(1) : "9999";
  }

  private static String title(Path p) throws IOException {
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.startsWith("# ")) {
        return line.substring(2).strip();
      }
    }
    return p.getFileName().toString();
  }

  private static String body(Path p) throws IOException {
    String text = Files.readString(p, StandardCharsets.UTF_8);
    int k = text.indexOf("<!-- INFO END -->");
    return k < 0 ? text : text.substring(k);
  }

  private static List<String> readNames(Path p) throws IOException {
    if (p == null) {
      return null;
    }
    if (!Files.isRegularFile(p)) {
      throw new IOException("charge name list not found: " + p);
    }
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw new IOException("charge name list is empty: " + p);
    }
    return out;
  }

  /** Every charge, sorted by name. */
  public List<ChargeEntry> entries() {
    return entries;
  }

  /** The entry for a name in any known spelling (with or without 罪, former names, CAIL, LeCaRD). */
  public Optional<ChargeEntry> lookup(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(ChargeNames.key(name)));
  }

  /** The number of current charges after each charge-name document, in the order applied. */
  public Map<String, Integer> countsAfterEachDocument() {
    return countsAfter;
  }

  /** Problems met while building (unparsed rows, unknown cancelled names), readable. */
  public List<String> problems() {
    return problems;
  }

  /** CAIL names that map to no entry (empty when all map, or when no CAIL list was given). */
  public List<String> unmappedCail() {
    return unmappedCail;
  }

  /** LeCaRD names that map to no entry. */
  public List<String> unmappedLecard() {
    return unmappedLecard;
  }

  /** The provisions of a charge as article references (刑法第264条, 刑法第133条之一第1款). */
  public static List<String> articleLabels(List<ArticleRef> refs) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (ArticleRef r : refs) {
      seen.put(r.label(), true);
    }
    return new ArrayList<>(seen.keySet());
  }

  static Map<String, ChargeEntry> newIndex() {
    return new HashMap<>();
  }
}
