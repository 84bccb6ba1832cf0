package org.xiezhi.eval.lecard;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiezhi.corpus.io.Json;
import org.xiezhi.corpus.judgment.JudgmentParser;
import org.xiezhi.corpus.model.CaseRecord;
import org.xiezhi.corpus.source.LecardCandidates;
import org.xiezhi.corpus.source.RawJudgment;
import org.xiezhi.indexer.rank.CaseProfiles;
import org.xiezhi.indexer.rank.ChargeNormalizer;

/**
 * The LeCaRD files of one data folder: queries, pools, dev labels, the test-query ids and the charge
 * catalogue; {@link #judgments()} streams the candidate judgments. Test-query labels are never read:
 * the dev label file holds none, and a label for a test query is refused.
 */
public final class LecardDataset {
  private final Path dir;
  private final List<LecardQuery> queries;
  private final Map<String, List<String>> pools;
  private final Map<String, Map<String, Integer>> devLabels;
  private final Set<String> testIds;
  private final ChargeNormalizer normalizer;

  private LecardDataset(
      Path dir,
      List<LecardQuery> queries,
      Map<String, List<String>> pools,
      Map<String, Map<String, Integer>> devLabels,
      Set<String> testIds,
      ChargeNormalizer normalizer) {
    this.dir = dir;
    this.queries = queries;
    this.pools = pools;
    this.devLabels = devLabels;
    this.testIds = testIds;
    this.normalizer = normalizer;
  }

  /** Reads the small files of {@code dir}; fails with the file name when one is missing or bad. */
  public static LecardDataset open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("LeCaRD folder not found: " + dir);
    }
    List<LecardQuery> queries = new ArrayList<>();
    for (String line : Files.readAllLines(need(dir, "query.json"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = Json.mapper().readTree(line);
      List<String> crime = new ArrayList<>();
      n.path("crime").forEach(c -> crime.add(c.asText()));
      queries.add(new LecardQuery(n.path("ridx").asText(), n.path("q").asText(), crime));
    }
    Map<String, List<String>> pools = new LinkedHashMap<>();
    JsonNode p = Json.mapper().readTree(need(dir, "pools.json").toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> ids = new ArrayList<>();
      e.getValue().forEach(d -> ids.add(d.asText()));
      pools.put(e.getKey(), ids);
    }
    Set<String> test = new LinkedHashSet<>();
    Json.mapper().readTree(need(dir, "test_queries.json").toFile()).forEach(t -> test.add(t.asText()));
    Map<String, Map<String, Integer>> labels = new LinkedHashMap<>();
    JsonNode l = Json.mapper().readTree(need(dir, "labels_dev.json").toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = l.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (test.contains(e.getKey())) {
        throw new IOException("labels_dev.json holds labels for test query " + e.getKey());
      }
      Map<String, Integer> g = new LinkedHashMap<>();
      e.getValue().fields().forEachRemaining(d -> g.put(d.getKey(), d.getValue().asInt()));
      labels.put(e.getKey(), g);
    }
    List<String> catalogue =
        Files.readAllLines(need(dir, "criminal_charges.txt"), StandardCharsets.UTF_8);
    for (LecardQuery q : queries) {
      if (!pools.containsKey(q.id())) {
        throw new IOException("pools.json has no pool for query " + q.id());
      }
    }
    return new LecardDataset(dir, queries, pools, labels, test, new ChargeNormalizer(catalogue));
  }

  private static Path need(Path dir, String name) throws IOException {
    Path f = dir.resolve(name);
    if (!Files.isRegularFile(f)) {
      throw new IOException("missing LeCaRD file " + f);
    }
    return f;
  }

  public Path dir() {
    return dir;
  }

  public List<LecardQuery> queries() {
    return queries;
  }

  public List<String> pool(String queryId) {
    return pools.get(queryId);
  }

  /** Dev queries only: those with labels. */
  public List<LecardQuery> devQueries() {
    return queries.stream().filter(q -> devLabels.containsKey(q.id())).toList();
  }

  /** Graded labels of a dev query; throws for a test query. */
  public Map<String, Integer> labels(String queryId) {
    if (testIds.contains(queryId)) {
      throw new IllegalArgumentException("labels of test query " + queryId + " are held out");
    }
    Map<String, Integer> g = devLabels.get(queryId);
    if (g == null) {
      throw new IllegalArgumentException("no labels for query " + queryId);
    }
    return g;
  }

  public Set<String> testIds() {
    return testIds;
  }

  public ChargeNormalizer normalizer() {
    return normalizer;
  }

  /** The query's charges as catalogue names. */
  public Set<String> queryCharges(LecardQuery q) {
    return normalizer.normalizeAll(q.charges());
  }

  /** Reads every candidate judgment (streams the archive); counts rejected files into {@code rejects}. */
  public List<LecardJudgment> judgments(List<String> rejects) throws IOException {
    ResultChargeExtractor charges = new ResultChargeExtractor(normalizer);
    List<LecardJudgment> out = new ArrayList<>();
    new LecardCandidates(dir)
        .forEach(
            new LecardCandidates.Sink() {
              @Override
              public void accept(RawJudgment j) {
                String facts = j.basicFacts() == null ? "" : j.basicFacts();
                CaseRecord r = JudgmentParser.parseLecard(j);
                String reasoning = r.reasoning() == null ? "" : r.reasoning();
                out.add(new LecardJudgment(j.docId(), facts, charges.extract(j.result()), reasoning, CaseProfiles.of(r)));
              }

              @Override
              public void reject(String docId, String reason) {
                rejects.add(docId + ": " + reason);
              }
            });
    return out;
  }
}
