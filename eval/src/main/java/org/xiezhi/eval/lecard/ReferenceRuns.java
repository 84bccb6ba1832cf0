package org.xiezhi.eval.lecard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs derived for the other protocols: the judged-only restriction of a pool run, and SAILER's public pool run. */
final class ReferenceRuns {
  /** SAILER's run over the pools, relative to the LeCaRD folder. */
  static final String SAILER_RUN = "baseline_runs/sailer_pool.trec";

  private ReferenceRuns() {}

  /** Each dev query's run restricted to its labelled candidates, in the run's order. */
  static Map<String, List<ScoredDoc>> judgedOnly(LecardDataset data, Map<String, List<ScoredDoc>> run) {
    Map<String, List<ScoredDoc>> out = new LinkedHashMap<>();
    for (LecardQuery q : data.devQueries()) {
      Set<String> labelled = data.labels(q.id()).keySet();
      out.put(q.id(), run.get(q.id()).stream().filter(d -> labelled.contains(d.docId())).toList());
    }
    return out;
  }

  /** SAILER's run over the pools ({@value #SAILER_RUN}), each query's list kept to its pool. */
  static Map<String, List<ScoredDoc>> sailerPool(LecardDataset data) throws IOException {
    Path f = data.dir().resolve(SAILER_RUN);
    if (!Files.isRegularFile(f)) {
      throw new IOException("missing LeCaRD file " + f);
    }
    Map<String, List<ScoredDoc>> run = TrecRunReader.read(f);
    Map<String, List<ScoredDoc>> out = new LinkedHashMap<>();
    for (LecardQuery q : data.queries()) {
      Set<String> pool = new java.util.HashSet<>(data.pool(q.id()));
      out.put(q.id(), run.getOrDefault(q.id(), List.of()).stream().filter(d -> pool.contains(d.docId())).toList());
    }
    return out;
  }

}
