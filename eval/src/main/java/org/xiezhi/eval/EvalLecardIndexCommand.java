package org.xiezhi.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiezhi.eval.lecard.LecardDataset;
import org.xiezhi.eval.lecard.LecardEvaluation;
import org.xiezhi.eval.lecard.LecardQuery;
import org.xiezhi.eval.lecard.Metrics;
import org.xiezhi.indexer.CaseIndex;
import org.xiezhi.indexer.SearchFilters;
import org.xiezhi.indexer.SimilarCase;
import org.xiezhi.indexer.SimilarRequest;
import org.xiezhi.inference.EmbedderChoice;
import org.xiezhi.inference.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiezhi eval lecard-index}: the product's own similar-case search ({@link CaseIndex#similar},
 * with the index's ranker) on a built LeCaRD index, scored on the dev queries under the corpus
 * protocol (top {@value LecardEvaluation#CORPUS_DEPTH} over all judgments, the query's charges given),
 * so the served path can be compared with {@code eval lecard}'s default method.
 */
@Command(name = "lecard-index", mixinStandardHelpOptions = true,
    description = "Score the index's similar-case search on the LeCaRD dev queries (corpus protocol).")
public final class EvalLecardIndexCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, description = "LeCaRD folder (e.g. ../shared/data/lecard)") Path data;
  @picocli.CommandLine.Mixin org.xiezhi.api.extension.DataDirOptions root = new org.xiezhi.api.extension.DataDirOptions();
  @Option(names = "--embedder", description = "int8, fp32 or none (default: ${DEFAULT-VALUE})") String embedder = "int8";

  @Override
  public Integer call() throws Exception {
    Path dataDir = root.index();
    LecardDataset ds = LecardDataset.open(data);
    try (TextEmbedder e = EmbedderChoice.open(embedder); CaseIndex idx = CaseIndex.open(dataDir, e)) {
      Map<String, List<String>> runs = new LinkedHashMap<>();
      Map<String, Map<String, Integer>> labels = new HashMap<>();
      double[] ms = new double[ds.devQueries().size()];
      int i = 0;
      for (LecardQuery q : ds.devQueries()) {
        long t = System.nanoTime();
        List<SimilarCase> cases = idx.similar(new SimilarRequest(q.facts(), q.charges(),
            LecardEvaluation.CORPUS_DEPTH, SearchFilters.NONE, false)).cases();
        ms[i++] = (System.nanoTime() - t) / 1e6;
        List<String> ids = new ArrayList<>();
        cases.forEach(c -> ids.add(c.hit().id()));
        runs.put(q.id(), ids);
        labels.put(q.id(), ds.labels(q.id()));
      }
      Metrics m = Metrics.of(runs, labels, LecardEvaluation.MIN_RELEVANT_GRADE);
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "index %s, ranker %s, %d dev queries, corpus protocol:%n"
              + "ndcg@10 %.4f  ndcg@20 %.4f  ndcg@30 %.4f  p@5 %.4f  map %.4f  (search p50 %.1f ms, unexplained, k %d)%n",
          dataDir, idx.ranker().name(), runs.size(), m.ndcg10(), m.ndcg20(), m.ndcg30(), m.p5(), m.map(),
          Latency.pct(ms, 50), LecardEvaluation.CORPUS_DEPTH);
    }
    return 0;
  }
}
