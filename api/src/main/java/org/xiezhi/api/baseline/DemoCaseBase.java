package org.xiezhi.api.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.xiezhi.api.port.CaseSearchPort;
import org.xiezhi.api.port.SimilarCasePort;
import org.xiezhi.corpus.model.CaseRecord;

/**
 * Cases held in memory with BM25 over character bigrams: search with highlights and facets, and
 * similar cases with their explanations. The service's fallback until the Lucene index is wired
 * in; it is meant for the demo corpus (dozens to a few thousand cases).
 */
public final class DemoCaseBase implements CaseSearchPort, SimilarCasePort {
  private final Path source;
  private volatile Snapshot snap;

  private record Snapshot(List<CaseRecord> cases, Map<String, CaseRecord> byId, Bm25Index all, Bm25Index facts,
      List<Map<String, Integer>> factVectors) {}

  private DemoCaseBase(Path source, List<CaseRecord> cases) {
    this.source = source;
    this.snap = build(cases);
  }

  /** Parses every {@code *.txt} judgment of a folder, in name order. */
  public static DemoCaseBase fromFolder(Path folder) throws IOException {
    return new DemoCaseBase(folder, readFolder(folder));
  }

  /** Over records already parsed and masked (e.g. the {@code cases.jsonl} of {@code corpus ingest}). */
  public static DemoCaseBase of(List<CaseRecord> cases) {
    return new DemoCaseBase(null, cases);
  }

  private static List<CaseRecord> readFolder(Path folder) throws IOException {
    List<CaseRecord> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        out.add(JudgmentTextParser.parse(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private static Snapshot build(List<CaseRecord> cases) {
    Map<String, CaseRecord> byId = new LinkedHashMap<>();
    Bm25Index all = new Bm25Index();
    Bm25Index facts = new Bm25Index();
    List<Map<String, Integer>> vectors = new ArrayList<>();
    for (CaseRecord c : cases) {
      vectors.add(counts(nz(c.facts())));
      byId.put(c.id(), c);
      all.add(c.title() + "\n" + nz(c.facts()) + "\n" + nz(c.reasoning()));
      facts.add(nz(c.facts()));
    }
    return new Snapshot(List.copyOf(cases), byId, all, facts, List.copyOf(vectors));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Every case, in load order. */
  public List<CaseRecord> cases() {
    return snap.cases();
  }

  @Override
  public Result search(Query q) {
    Snapshot s = snap;
    double[] scores = s.all().scores(q.text());
    List<Integer> matched = IntStream.range(0, scores.length).filter(i -> scores[i] > 0)
        .filter(i -> accepts(s.cases().get(i), q)).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i)).toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    facets.put("charges", new TreeMap<>());
    facets.put("court", new TreeMap<>());
    facets.put("year", new TreeMap<>());
    for (int i : matched) {
      CaseRecord c = s.cases().get(i);
      c.charges().forEach(ch -> facets.get("charges").merge(ch, 1L, Long::sum));
      if (c.court() != null) {
        facets.get("court").merge(c.court(), 1L, Long::sum);
      }
      if (c.year() != null) {
        facets.get("year").merge(String.valueOf(c.year()), 1L, Long::sum);
      }
    }
    List<Hit> hits = matched.stream().limit(q.limit()).map(i -> {
      CaseRecord c = s.cases().get(i);
      return new Hit(c.id(), c.title(), c.court(), c.year(), c.charges(), scores[i], Highlighter.highlight(nz(c.facts()), q.text(), 120));
    }).toList();
    return new Result(matched.size(), hits, facets);
  }

  private static boolean accepts(CaseRecord c, Query q) {
    if (!q.charges().isEmpty() && c.charges().stream().noneMatch(q.charges()::contains)) {
      return false;
    }
    if (q.court() != null && !q.court().equals(c.court())) {
      return false;
    }
    if (q.yearFrom() != null && (c.year() == null || c.year() < q.yearFrom())) {
      return false;
    }
    return q.yearTo() == null || (c.year() != null && c.year() <= q.yearTo());
  }

  @Override
  public Optional<CaseRecord> get(String id) {
    return Optional.ofNullable(snap.byId().get(id));
  }

  @Override
  public long size() {
    return snap.cases().size();
  }

  @Override
  public void reload() {
    if (source == null) {
      return;
    }
    try {
      snap = build(readFolder(source));
    } catch (IOException e) {
      throw new IllegalStateException("cannot reload " + source.getFileName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Similar> similar(String facts, int limit) {
    Snapshot s = snap;
    double[] scores = s.facts().scores(facts);
    List<Integer> top = IntStream.range(0, scores.length).filter(i -> scores[i] > 0).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i)).limit(limit).toList();
    Map<String, Double> votes = new LinkedHashMap<>();
    for (int i : top.subList(0, Math.min(5, top.size()))) {
      for (String ch : s.cases().get(i).charges()) {
        votes.merge(ch, scores[i], Double::sum);
      }
    }
    Set<String> likely = new HashSet<>();
    votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> likely.add(e.getKey()));
    List<String> queryElements = LegalElements.present(facts);
    Map<String, Integer> queryVector = counts(facts);
    List<Similar> out = new ArrayList<>();
    for (int i : top) {
      CaseRecord c = s.cases().get(i);
      double sim = cosine(queryVector, s.factVectors().get(i));
      List<String> sharedCharges = c.charges().stream().filter(likely::contains).toList();
      List<String> sharedTerms = LegalElements.present(c.facts()).stream().filter(queryElements::contains).toList();
      Integer months = c.defendants().isEmpty() || c.defendants().get(0).sentence() == null ? null : c.defendants().get(0).sentence().months();
      String why = String.format(java.util.Locale.ROOT, "事实文本相似度 %.2f", sim)
          + (sharedCharges.isEmpty() ? "" : "；同为" + String.join("、", sharedCharges))
          + (sharedTerms.isEmpty() ? "" : "；共同要素：" + String.join("、", sharedTerms));
      out.add(new Similar(c.id(), c.title(), Math.round(sim * 1000) / 1000.0, c.charges(), c.articles(), months,
          sharedCharges, sharedCharges.isEmpty() ? List.of() : c.articles().stream().limit(1).toList(), sharedTerms, why));
    }
    return out;
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> m = new java.util.HashMap<>();
    Bigrams.strings(text).forEach(t -> m.merge(t, 1, Integer::sum));
    return m;
  }

  /** Cosine similarity of two bigram count vectors, in [0, 1]. */
  static double cosine(Map<String, Integer> x, Map<String, Integer> y) {
    double dot = 0;
    for (var e : x.entrySet()) {
      dot += e.getValue() * (double) y.getOrDefault(e.getKey(), 0);
    }
    double nx = Math.sqrt(x.values().stream().mapToDouble(v -> (double) v * v).sum());
    double ny = Math.sqrt(y.values().stream().mapToDouble(v -> (double) v * v).sum());
    return nx == 0 || ny == 0 ? 0 : dot / (nx * ny);
  }
}
