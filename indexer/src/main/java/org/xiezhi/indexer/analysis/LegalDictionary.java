package org.xiezhi.indexer.analysis;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The legal terms the Chinese analyzer keeps whole: charge names (with and without 罪), statute
 * vocabulary (penalties, sentencing circumstances, procedure), built at run time from the charge
 * catalogue, the statutes and the built-in term list. Immutable and thread-safe; its
 * {@link #fingerprint()} identifies it in an index's metadata.
 */
public final class LegalDictionary {
  private static final String BUILT_IN = "legal-terms.txt";

  private final List<String> terms;
  private final AhoCorasickDoubleArrayTrie<Integer> trie;
  private final String fingerprint;

  private LegalDictionary(Collection<String> words) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String w : words) {
      String t = w == null ? "" : w.strip().toLowerCase(Locale.ROOT);
      if (t.length() >= 2 && t.length() <= 32 && t.codePoints().noneMatch(Character::isWhitespace)) {
        sorted.add(t);
      }
    }
    this.terms = List.copyOf(sorted);
    TreeMap<String, Integer> map = new TreeMap<>();
    for (String t : terms) {
      map.put(t, t.length());
    }
    this.trie = new AhoCorasickDoubleArrayTrie<>();
    if (!map.isEmpty()) {
      trie.build(map);
    }
    this.fingerprint = sha256(String.join("\n", terms)).substring(0, 16);
  }

  /** The built-in statute vocabulary only. */
  public static LegalDictionary builtIn() {
    return of(List.of());
  }

  /** The built-in vocabulary plus {@code extra} terms (charge names get their 罪-less form too). */
  public static LegalDictionary of(Collection<String> extra) {
    List<String> all = new ArrayList<>(readBuiltIn());
    for (String e : extra) {
      addWithVariants(all, e);
    }
    return new LegalDictionary(all);
  }

  /** Exactly these terms, as stored in an index's dictionary file (no built-in list added). */
  public static LegalDictionary exactly(Collection<String> terms) {
    return new LegalDictionary(terms);
  }

  /**
   * The built-in vocabulary plus the charge names of a list file (one a line, e.g. LeCaRD's
   * {@code criminal_charges.txt} or CAIL's {@code accu.txt}); files that do not exist are an error.
   */
  public static LegalDictionary withChargeFiles(List<Path> chargeFiles) throws IOException {
    List<String> extra = new ArrayList<>();
    for (Path f : chargeFiles) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String s = line.strip();
        if (!s.isEmpty()) {
          extra.add(s.endsWith("罪") ? s : s + "罪");
        }
      }
    }
    return of(extra);
  }

  private static void addWithVariants(List<String> out, String term) {
    if (term == null || term.isBlank()) {
      return;
    }
    String t = term.strip();
    out.add(t);
    if (t.endsWith("罪") && t.length() > 2) {
      out.add(t.substring(0, t.length() - 1));
    }
    if (t.indexOf('、') >= 0) {
      for (String part : t.split("、")) {
        out.add(part);
        if (part.endsWith("罪") && part.length() > 2) {
          out.add(part.substring(0, part.length() - 1));
        }
      }
    }
  }

  private static List<String> readBuiltIn() {
    try (InputStream in = LegalDictionary.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String s = line.strip();
          if (!s.isEmpty() && !s.startsWith("#")) {
            out.add(s);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every term, lower-cased and sorted. */
  public List<String> terms() {
    return terms;
  }

  /** A short hash of the terms. */
  public String fingerprint() {
    return fingerprint;
  }

  /** True when {@code s} is a term. */
  public boolean contains(String s) {
    return !terms.isEmpty() && trie.exactMatchSearch(s.toLowerCase(Locale.ROOT)) >= 0;
  }

  /** Reports every occurrence of a term in {@code text} as (begin, end) to {@code hit}. */
  void matches(char[] text, SpanSink hit) {
    if (terms.isEmpty()) {
      return;
    }
    trie.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (b, e, v) -> hit.span(b, e));
  }

  /** Receives one span. */
  interface SpanSink {
    void span(int begin, int end);
  }

  /** Writes the terms, one a line. */
  public void write(Path file) throws IOException {
    Files.write(file, terms, StandardCharsets.UTF_8);
  }

  /** Reads a file written by {@link #write}. */
  public static LegalDictionary read(Path file) throws IOException {
    return exactly(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
