package org.xiezhi.advisor.law;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiezhi.corpus.io.JsonLinesReader;
import org.xiezhi.corpus.model.ChargeEntry;
import org.xiezhi.corpus.model.StatuteArticle;

/**
 * The statute knowledge the advisor needs: Criminal Law articles by label and the charge catalogue,
 * read from the {@code statutes.jsonl} and {@code charges.jsonl} that {@code corpus ingest} writes.
 */
public final class StatuteBook {
  private final Map<String, StatuteArticle> byLabel = new HashMap<>();
  private final Map<String, ChargeEntry> byName = new HashMap<>();
  private final List<ChargeEntry> charges;

  public StatuteBook(List<StatuteArticle> articles, List<ChargeEntry> charges) {
    for (StatuteArticle a : articles) {
      if ("刑法".equals(a.law()) && a.label() != null) {
        byLabel.put(a.label(), a);
      }
    }
    this.charges = List.copyOf(charges);
    for (ChargeEntry c : charges) {
      List<String> names = new ArrayList<>();
      names.add(c.name());
      names.addAll(c.formerNames());
      if (c.cailName() != null) {
        names.add(c.cailName());
      }
      if (c.lecardName() != null) {
        names.add(c.lecardName());
      }
      for (String n : names) {
        byName.putIfAbsent(key(n), c);
      }
    }
  }

  /**
   * Builds the book straight from the laws folder (and CAIL's accu.txt / LeCaRD's charge names,
   * either may be null), as {@code corpus ingest} would.
   */
  public static StatuteBook fromLaws(Path lawsDir, Path cailAccu, Path lecardCharges) throws IOException {
    return new StatuteBook(
        org.xiezhi.corpus.statute.LawsSource.read(lawsDir).articles(),
        org.xiezhi.corpus.charge.ChargeCatalogue.build(lawsDir, cailAccu, lecardCharges).entries());
  }

  /** Reads {@code statutes.jsonl} and {@code charges.jsonl} from a corpus folder. */
  public static StatuteBook load(Path corpusDir) throws IOException {
    Path s = corpusDir.resolve("statutes.jsonl");
    Path c = corpusDir.resolve("charges.jsonl");
    if (!Files.isRegularFile(s) || !Files.isRegularFile(c)) {
      throw new IOException("statutes.jsonl and charges.jsonl are needed in " + corpusDir);
    }
    return new StatuteBook(
        JsonLinesReader.readAll(s, StatuteArticle.class), JsonLinesReader.readAll(c, ChargeEntry.class));
  }

  /** The Criminal Law article with a label such as {@code 刑法第264条}. */
  public Optional<StatuteArticle> article(String label) {
    return Optional.ofNullable(byLabel.get(stripParagraph(label)));
  }

  /**
   * The catalogue entry for a charge in any known spelling, with or without 罪, including the
   * selective forms judgments use (贩卖毒品罪 for 走私、贩卖、运输、制造毒品罪).
   */
  public Optional<ChargeEntry> charge(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String k = key(name);
    ChargeEntry e = byName.get(k);
    if (e == null) {
      e = selective.computeIfAbsent(k, this::findSelective).orElse(null);
    }
    return Optional.ofNullable(e);
  }

  private final Map<String, Optional<ChargeEntry>> selective = new java.util.concurrent.ConcurrentHashMap<>();

  /** A catalogue name whose verbs and object cover a selective name such as 贩卖、运输毒品. */
  private Optional<ChargeEntry> findSelective(String q) {
    for (ChargeEntry c : charges) {
      String n = key(c.name());
      if (!n.contains("、")) {
        continue;
      }
      String[] parts = n.split("、");
      String last = parts[parts.length - 1];
      for (int cut = 1; cut < last.length(); cut++) {
        String object = last.substring(cut);
        if (!q.endsWith(object) || q.length() == object.length()) {
          continue;
        }
        java.util.Set<String> verbs = new java.util.HashSet<>(java.util.Arrays.asList(parts).subList(0, parts.length - 1));
        verbs.add(last.substring(0, cut));
        String head = q.substring(0, q.length() - object.length());
        if (java.util.Arrays.stream(head.split("、")).allMatch(verbs::contains)) {
          return Optional.of(c);
        }
      }
      if (q.length() >= 4 && n.startsWith(q)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The canonical name (ending in 罪) of a charge, or the input with 罪 appended when unknown. */
  public String canonical(String name) {
    return charge(name).map(ChargeEntry::name).orElse(name.endsWith("罪") ? name : name + "罪");
  }

  /** The articles that define a charge (labels like 刑法第264条), empty when unknown. */
  public List<String> articlesOf(String charge) {
    return charge(charge).map(ChargeEntry::articles).orElse(List.of());
  }

  /** Every catalogue entry. */
  public List<ChargeEntry> charges() {
    return charges;
  }

  /** Number of Criminal Law articles known. */
  public int articleCount() {
    return byLabel.size();
  }

  /** {@code 刑法第264条第1款} → {@code 刑法第264条}; {@code 刑法第133条之一第2款} → {@code 刑法第133条之一}. */
  public static String stripParagraph(String label) {
    if (label == null) {
      return null;
    }
    int i = label.indexOf('条');
    if (i < 0) {
      return label;
    }
    String head = label.substring(0, i + 1);
    String rest = label.substring(i + 1);
    if (rest.startsWith("之")) {
      int j = 1;
      while (j < rest.length() && "一二三四五六七八九十".indexOf(rest.charAt(j)) >= 0) {
        j++;
      }
      head += rest.substring(0, j);
    }
    return head;
  }

  private static String key(String name) {
    String n = name.trim();
    return n.endsWith("罪") ? n.substring(0, n.length() - 1) : n;
  }
}
